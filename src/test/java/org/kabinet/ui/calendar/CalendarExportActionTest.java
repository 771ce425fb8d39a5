package org.kabinet.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Client;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.ScreenContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Calendar screen's export button: the file is written in the background where she chose,
 * and a message in her language says where it went; a folder that cannot be written says so.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarExportActionTest {

    @TempDir
    static Path folder;

    private Practice practice;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicReference<File> chosen = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        practice = Practice.open(folder.resolve("ics-" + System.nanoTime() + ".db"), TestClock.FIXED);
        Client olga = practice.clients().save(ClientBuilders.olga().build());
        practice.sessions().save(Session.planned(olga.id(), TestClock.TODAY.plusDays(1).atTime(10, 0),
                SessionKind.FIRST), EnumSet.allOf(SessionWarning.Kind.class));
        ScreenContext context = TestContexts.of(practice, Language.RU, executor);
        WeekCalendarViewModel vm = new WeekCalendarViewModel(practice, executor, context.onError());
        Button button = new CalendarExportAction(context, vm, owner -> chosen.get()).button();
        stage.setScene(new Scene(new StackPane(button), 600, 200));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        executor.shutdown();
        practice.close();
    }

    @Test
    void export_chosenFile_isWrittenAndTheMessageSaysWhere(FxRobot robot) throws Exception {
        Path ics = folder.resolve("out-" + System.nanoTime() + ".ics");
        chosen.set(ics.toFile());
        assertThat(robot.lookup("#exportIcsButton").queryButton().getText()).isEqualTo("Выгрузить в календарь (.ics)…");

        robot.clickOn("#exportIcsButton");
        // The dialog's buttons enter the scene graph at its first layout, a pulse after it shows.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#icsDoneOk").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());

        assertThat(Files.readString(ics)).contains("SUMMARY:Иванова Ольга Петровна — Первичная консультация");
        DialogPane pane = robot.lookup("#icsDoneDialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains(ics.toAbsolutePath().toString(), "Сессий: 1, звонков: 0",
                "Полное имя");
        assertThat(robot.lookup("#icsDoneOk").queryButton().getText()).isEqualTo("ОК");
        robot.clickOn("#icsDoneOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#icsDoneDialog").tryQuery()).isEmpty();
    }

    @Test
    void export_cancelledChooser_writesNothing(FxRobot robot) {
        chosen.set(null);
        robot.clickOn("#exportIcsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#icsDoneDialog").tryQuery()).isEmpty();
    }

    @Test
    void export_folderThatIsNotThere_saysSoInWords(FxRobot robot) throws Exception {
        chosen.set(folder.resolve("missing").resolve("out.ics").toFile());
        robot.clickOn("#exportIcsButton");
        // Its buttons enter the scene graph at the dialog's first layout, a pulse after it shows.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).startsWith("Не удалось").doesNotContain("Exception");
        Node ok = pane.lookupButton(pane.getButtonTypes().get(0));
        robot.clickOn(ok);
    }

    @Test
    void doneText_english_keepsItsApostrophes() {
        String text = Messages.of(Language.EN).get("ics.done", "/tmp/k.ics", 2, 1, "24/11/2026", "23/12/2026",
                "Initials");
        assertThat(text).contains("your phone's or computer's calendar", "(\"Initials\")", "2 session(s) and 1 call(s)");
    }
}
