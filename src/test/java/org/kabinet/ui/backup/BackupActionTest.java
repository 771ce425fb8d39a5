package org.kabinet.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.ScreenContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Back up now…": a checked backup in the folder she chose, and a message in her language. */
@ExtendWith(ApplicationExtension.class)
class BackupActionTest {

    @TempDir
    static Path folder;

    private Practice practice;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicReference<File> chosen = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        practice = Practice.open(folder.resolve("bk-" + System.nanoTime() + ".db"), TestClock.FIXED);
        practice.clients().save(ClientBuilders.olga().build());
        ScreenContext context = TestContexts.of(practice, Language.RU, executor);
        Button button = new Button();
        button.setId("backupButton");
        new BackupAction(context, owner -> chosen.get()).attach(button);
        stage.setScene(new Scene(new StackPane(button), 600, 200));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        executor.shutdown();
        practice.close();
    }

    @Test
    void backUp_chosenFolder_holdsACheckedCopy_andTheMessageSaysWhere(FxRobot robot) throws Exception {
        Path target = folder.resolve("stick-" + System.nanoTime());
        chosen.set(target.toFile());
        assertThat(robot.lookup("#backupButton").queryButton().getText()).isEqualTo("Сделать копию…");

        robot.clickOn("#backupButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#backupDoneDialog").tryQuery().isPresent());
        // The pane is found as soon as the alert is built; its window is laid out a pulse later.
        WaitForAsyncUtils.waitForFxEvents();

        Path copy;
        try (Stream<Path> files = Files.list(target)) {
            copy = files.findFirst().orElseThrow();
        }
        // Named after the practice file and with its id, so two practices can share a folder.
        assertThat(copy.getFileName().toString()).matches(Pattern.quote(
                practice.file().getFileName().toString().replace(".db", "")) + "-2026-11-24-100000-[0-9a-f]{8}\\.db");
        DialogPane pane = robot.lookup("#backupDoneDialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains(copy.toAbsolutePath().toString(), "клиентов: 1");
        robot.clickOn("#backupDoneOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backupButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void backUp_intoAFile_saysSoInWords_andNothingIsLeft(FxRobot robot) throws Exception {
        Path blocker = Files.writeString(folder.resolve("blocker-" + System.nanoTime()), "x");
        chosen.set(blocker.resolve("inside").toFile());

        robot.clickOn("#backupButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).startsWith("Не удалось записать резервную копию").doesNotContain("Exception");
        Node ok = pane.lookupButton(pane.getButtonTypes().get(0));
        robot.clickOn(ok);
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }
}
