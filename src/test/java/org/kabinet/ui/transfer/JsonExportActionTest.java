package org.kabinet.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.ScreenContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Export everything (JSON)…": private notes stay out unless ticked, and the message says what was written. */
@ExtendWith(ApplicationExtension.class)
class JsonExportActionTest {

    @TempDir
    static Path folder;

    private Practice practice;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicReference<File> chosen = new AtomicReference<>();
    private JsonExportAction action;

    @Start
    void start(Stage stage) throws Exception {
        practice = Practice.open(folder.resolve("json-" + System.nanoTime() + ".db"), TestClock.FIXED);
        Client olga = practice.clients().save(ClientBuilders.olga().build());
        practice.notes().save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("о матери")));
        practice.notes().save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("моё личное"))
                .withPrivate(true));
        ScreenContext context = TestContexts.of(practice, Language.RU, executor);
        MenuItem item = new MenuItem("export");
        action = new JsonExportAction(context, owner -> chosen.get());
        action.attach(item);
        MenuButton menu = new MenuButton("data");
        menu.getItems().add(item);
        stage.setScene(new Scene(new StackPane(menu), 600, 200));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        executor.shutdown();
        practice.close();
    }

    private Path exportThroughTheDialogs(FxRobot robot, boolean tickPrivate) throws Exception {
        Path target = folder.resolve("export-" + System.nanoTime() + ".json");
        chosen.set(target.toFile());
        robot.interact(action::exportJson);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#jsonExportConfirm").tryQuery().isPresent());
        CheckBox includePrivate = robot.lookup("#includePrivateCheck").queryAs(CheckBox.class);
        assertThat(includePrivate.isSelected()).isFalse();
        assertThat(includePrivate.getText()).isEqualTo("Включить личные записи");
        if (tickPrivate) {
            robot.clickOn("#includePrivateCheck");
        }
        robot.clickOn("#jsonExportConfirmButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#jsonExportDoneDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return target;
    }

    @Test
    void export_byDefault_leavesThePrivateNoteOut_andSaysWhatItWrote(FxRobot robot) throws Exception {
        Path target = exportThroughTheDialogs(robot, false);

        String json = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(json).contains("о матери", "\"includesPrivateNotes\": false").doesNotContain("моё личное");
        DialogPane pane = robot.lookup("#jsonExportDoneDialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains(target.toAbsolutePath().toString(), "Клиентов: 1", "записей: 1",
                "Личные записи не выгружены.");
        robot.clickOn("#jsonExportDoneOk");
    }

    @Test
    void export_withPrivateTicked_writesIt_andSaysSo(FxRobot robot) throws Exception {
        Path target = exportThroughTheDialogs(robot, true);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("моё личное",
                "\"includesPrivateNotes\": true");
        DialogPane pane = robot.lookup("#jsonExportDoneDialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("записей: 2", "Личные записи включены.");
        robot.clickOn("#jsonExportDoneOk");
    }
}
