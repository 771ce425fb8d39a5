package org.kabinet.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.logic.BackupListing;
import org.kabinet.logic.BackupService;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Restore from a backup…": the backups listed, each checked and shown before anything changes. */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogTest {

    @TempDir
    static Path root;

    private Path dir;
    private Path practiceFile;
    private Path backups;
    /** The backup made at the test clock's time, named with the practice's id. */
    private String madeName;
    private Practice practice;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicReference<File> chosen = new AtomicReference<>();
    private final AtomicReference<Path> restored = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createDirectory(root.resolve("p-" + System.nanoTime()));
        practiceFile = dir.resolve("kabinet.db");
        practice = Practice.open(practiceFile, TestClock.FIXED);
        practice.clients().save(ClientBuilders.olga().build());
        backups = dir.resolve(BackupService.DEFAULT_FOLDER);
        Path made = practice.backups().backUp(backups, (pages, of) -> { }).file();
        madeName = made.getFileName().toString();
        // Named as backups were before they carried the practice's id: still listed and restored.
        Files.copy(made, backups.resolve("kabinet-2026-11-20-090000.db"));
        Files.copy(made, backups.resolve("kabinet-2026-11-22-183000.db"));
        Files.writeString(backups.resolve("shopping list.txt"), "milk");
        Files.writeString(backups.resolve("kabinet.db.before-restore-20261101-120000"), "old");
        practice.clients().save(ClientBuilders.minimal("Пётр").build());

        var context = TestContexts.of(practice, Language.RU, executor);
        Button open = new Button("open");
        open.setId("openRestore");
        open.setOnAction(e -> new RestoreDialog(context, owner -> chosen.get(),
                (backup, passphrase) -> restored.set(backup)).show());
        stage.setScene(new Scene(new StackPane(open), 400, 200));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        executor.shutdown();
        practice.close();
    }

    private ListView<BackupListing.Found> openDialog(FxRobot robot) throws Exception {
        robot.clickOn("#openRestore");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#restoreList").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        return robot.lookup("#restoreList").queryListView();
    }

    private void waitForChecked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#restoreChecking").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void list_kabinetBackupsNewestFirst_otherFilesLeftOut(FxRobot robot) throws Exception {
        ListView<BackupListing.Found> list = openDialog(robot);

        assertThat(list.getItems()).extracting(f -> f.file().getFileName().toString()).containsExactly(
                madeName, "kabinet-2026-11-22-183000.db", "kabinet-2026-11-20-090000.db");
        assertThat(robot.lookup("#restoreFolder").queryLabeled().getText()).contains(backups.toString());
        assertThat(new RestoreTexts(org.kabinet.i18n.Messages.of(Language.RU), new org.kabinet.i18n.DateFormats(Language.RU))
                .row(list.getItems().get(0))).startsWith("24 ноября 2026 г., 10:00  ·  ").endsWith("КБ");
        assertThat(robot.lookup("#restoreButton").query().isDisabled()).isTrue();
    }

    @Test
    void select_goodBackup_showsWhatItHolds_andRestoreGoesAheadOnlyAfterConfirming(FxRobot robot) throws Exception {
        openDialog(robot);

        Node newest = robot.lookup("#restoreList .list-cell").nth(0).query();
        robot.clickOn(newest);
        waitForChecked(robot);

        Label preview = robot.lookup("#restorePreview").queryAs(Label.class);
        assertThat(preview.getText()).contains("24 ноября 2026 г., 10:00", "клиентов: 1", "сессий: 0", "записей: 0");
        assertThat(robot.lookup("#restoreButton").query().isDisabled()).isFalse();

        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Восстановить").tryQuery().isPresent());
        assertThat(restored.get()).isNull();
        robot.clickOn("Восстановить");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(restored.get()).hasFileName(madeName);
        assertThat(robot.lookup("#restoreDialog").tryQuery()).isEmpty();
    }

    @Test
    void chooseFile_damagedBackup_refusedInWords_andThePracticeFileUnchanged(FxRobot robot) throws Exception {
        Path damaged = Files.copy(backups.resolve("kabinet-2026-11-20-090000.db"), dir.resolve("from-stick.db"));
        try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        chosen.set(damaged.toFile());
        String before = sha256(practiceFile);
        openDialog(robot);

        robot.clickOn("#restoreChooseFile");
        waitForChecked(robot);

        Label problem = robot.lookup("#restoreProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Резервная копия " + damaged).contains("повреждена");
        assertThat(robot.lookup("#restorePreview").query().isVisible()).isFalse();
        assertThat(robot.lookup("#restoreButton").query().isDisabled()).isTrue();
        assertThat(sha256(practiceFile)).isEqualTo(before);
        assertThat(restored.get()).isNull();
        robot.clickOn("#restoreCancel");
    }

    @Test
    void select_encryptedBackup_asksThePassphrase_aWrongOneSaidUnderTheField_theRightOneShowsWhatItHolds(FxRobot robot)
            throws Exception {
        practice.backups().setPassphrase(Optional.of("липа цветёт в июле"));
        Path sealed = practice.backups().backUp(backups, (pages, of) -> { }).file();
        Files.move(sealed, backups.resolve("kabinet-2026-11-25-080000.db.enc"));
        ListView<BackupListing.Found> list = openDialog(robot);
        assertThat(list.getItems().get(0).encrypted()).isTrue();

        Node newest = robot.lookup("#restoreList .list-cell").nth(0).query();
        robot.clickOn(newest);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restorePassphraseBox").query().isVisible()).isTrue();
        assertThat(robot.lookup("#restoreButton").query().isDisabled()).isTrue();

        PasswordField field = robot.lookup("#restorePassphrase").queryAs(PasswordField.class);
        // Typed in one go: the robot types a character at a time, slowly, and typing is not what is tested.
        robot.interact(() -> field.setText("липа цветёт в мае"));
        robot.clickOn("#restoreUnlock");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#restorePassphraseProblem").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#restorePassphraseProblem").queryLabeled().getText())
                .isEqualTo("Парольная фраза не подходит к этой копии. Проверьте её и попробуйте ещё раз.");
        assertThat(robot.lookup("#restoreButton").query().isDisabled()).isTrue();

        robot.interact(() -> field.setText("липа цветёт в июле"));
        robot.clickOn("#restoreUnlock");
        // The preview shows, then the button is enabled in the same answer: wait for both.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restorePreview").query().isVisible()
                && !robot.lookup("#restoreButton").query().isDisabled());
        assertThat(robot.lookup("#restorePreview").queryAs(Label.class).getText()).contains("клиентов: 2");
        robot.clickOn("#restoreCancel");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
