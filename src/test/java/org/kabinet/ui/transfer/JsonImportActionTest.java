package org.kabinet.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Import from JSON…" into a practice that has clients: a clear word, and no file is even asked for. */
@ExtendWith(ApplicationExtension.class)
class JsonImportActionTest {

    @TempDir
    static Path folder;

    private Practice practice;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicInteger asked = new AtomicInteger();
    private JsonImportAction action;

    @Start
    void start(Stage stage) throws Exception {
        practice = Practice.open(folder.resolve("json-" + System.nanoTime() + ".db"), TestClock.FIXED);
        practice.clients().save(ClientBuilders.olga().build());
        action = new JsonImportAction(TestContexts.of(practice, Language.RU, executor), owner -> {
            asked.incrementAndGet();
            return null;
        }, () -> { });
        stage.setScene(new Scene(new StackPane(), 600, 200));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        executor.shutdown();
        practice.close();
    }

    @Test
    void import_intoAPracticeWithClients_saysToStartAnEmptyFile(FxRobot robot) throws Exception {
        robot.interact(action::importJson);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#jsonImportNotEmpty").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#jsonImportNotEmpty").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).startsWith("В этой практике уже есть клиенты.").contains("пустым файлом");
        assertThat(asked).hasValue(0);
        robot.interact(() -> pane.getScene().getWindow().hide());
    }
}
