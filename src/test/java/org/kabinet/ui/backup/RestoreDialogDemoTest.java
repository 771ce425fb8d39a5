package org.kabinet.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
import org.kabinet.logic.demo.DemoFile;
import org.kabinet.logic.demo.DemoLanguage;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the demo practice restore says why it is not there, and never offers to replace a file. */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogDemoTest {

    @TempDir
    static Path dir;

    private Practice demo;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicReference<Path> restored = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("demo-" + System.nanoTime() + ".db");
        DemoFile.write(file, DemoLanguage.RU, 3, 7, TestClock.FIXED);
        demo = Practice.open(file, TestClock.FIXED);
        var context = TestContexts.of(demo, Language.RU, executor);
        Button open = new Button("open");
        open.setId("openRestore");
        open.setOnAction(e -> new RestoreDialog(context, owner -> null, (b, p) -> restored.set(b)).show());
        stage.setScene(new Scene(new StackPane(open), 400, 200));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        executor.shutdown();
        demo.close();
    }

    @Test
    void show_inTheDemo_explainsAndOffersNoList(FxRobot robot) throws Exception {
        robot.clickOn("#openRestore");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#restoreDemoRefusal").tryQuery().isPresent());

        DialogPane refusal = robot.lookup("#restoreDemoRefusal").queryAs(DialogPane.class);
        assertThat(refusal.getContentText()).startsWith("Сейчас открыта демо-практика").contains("Вернуться к своей практике");
        assertThat(robot.lookup("#restoreList").tryQuery()).isEmpty();
        assertThat(restored.get()).isNull();
    }
}
