package org.kabinet.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kabinet.i18n.Language;
import org.kabinet.logic.BackupService;
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

/** The status bar's backup line: "no backup yet" is a one-click fix; the daily backup is made by itself. */
@ExtendWith(ApplicationExtension.class)
class BackupStatusTest {

    private Practice practice;
    private BackupStatus status;
    private Hyperlink link;
    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("backup-status");
        practice = Practice.open(dir.resolve("kabinet.db"), TestClock.FIXED);
        practice.clients().save(ClientBuilders.olga().build());
        ScreenContext context = TestContexts.of(practice, Language.RU, executor);
        link = new Hyperlink();
        link.setId("backupStatus");
        status = new BackupStatus(context, link);
        stage.setScene(new Scene(new StackPane(link), 600, 200));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        status.stop();
        executor.shutdown();
        practice.close();
    }

    private long backups() throws Exception {
        Path dir = practice.backups().folder();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void noBackupYet_saysSo_andOneClickMakesOne(FxRobot robot) throws Exception {
        robot.interact(status::refresh);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> link.getText().startsWith("Резервных копий ещё нет"));
        assertThat(link.getStyleClass()).contains("backup-overdue");

        robot.clickOn("#backupStatus");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> link.getText().startsWith("Последняя копия: 24.11.2026"));

        assertThat(backups()).isEqualTo(1);
        assertThat(practice.backups().folder().getFileName().toString()).isEqualTo(BackupService.DEFAULT_FOLDER);
    }

    @Test
    void start_dailyBackupDue_makesItByItself(FxRobot robot) throws Exception {
        robot.interact(status::start);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> link.getText().startsWith("Последняя копия"));

        assertThat(backups()).isEqualTo(1);
        robot.interact(status::start);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !executor.busy().get());
        assertThat(backups()).as("not due again the same day").isEqualTo(1);
    }
}
