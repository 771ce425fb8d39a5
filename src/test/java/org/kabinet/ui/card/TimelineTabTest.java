package org.kabinet.ui.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.TimelineEntry;
import org.kabinet.model.TimelineKind;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.card.TimelineViewModel.Row;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.ScreenContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline tab on screen: its rows and texts, the filters, a long history, opening an entry. */
@ExtendWith(ApplicationExtension.class)
class TimelineTabTest {

    @TempDir
    static Path folder;

    private Practice practice;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<TimelineEntry> opened = new ArrayList<>();
    private TimelineTab tab;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        practice = Practice.open(folder.resolve("timeline-" + System.nanoTime() + ".db"), TestClock.FIXED);
        ScreenContext context = TestContexts.of(practice, Language.EN, executor);
        tab = new TimelineTab(context, opened::add);
        Scene scene = new Scene((javafx.scene.Parent) tab.root(), 1000, 760);
        scene.getStylesheets().addAll(CardStyles.sheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeFile() {
        executor.shutdown();
        practice.close();
    }

    @Test
    void load_everyKind_showsEachWithItsTexts(FxRobot robot) throws Exception {
        TimelineFixture f = new TimelineFixture(practice);

        load(robot, f.olga.id());

        assertThat(texts(robot, "#timelineEntry-SESSION-" + f.first.id()))
                .contains("15/09/2026", "11:00", "First consultation", "Done");
        assertThat(texts(robot, "#timelineEntry-LESSON-" + f.lesson.id()))
                .contains("06/10/2026", "15:30", "Birth (reprogramming your life)", "Base · Done");
        assertThat(texts(robot, "#timelineEntry-NOTE-" + f.note.id()))
                .contains("10/11/2026", "About her mother", "Private", "Session note");
        assertThat(texts(robot, "#timelineEntry-HOMEWORK-" + f.homework.id()))
                .contains("Walk every evening", "Assigned · due 17/11/2026");
        assertThat(allTexts(robot)).contains("Enrolled in Base", "Base: paused", "Status: Archived", "moved away",
                "November 2026", "October 2026", "September 2026");
        assertThat(robot.lookup("#timelineFilter-PROGRAM").queryAs(ToggleButton.class).getText())
                .isEqualTo("Program (2)");
    }

    @Test
    void filter_switchedOffAndOn_hidesItsKindAndShowsItAgain(FxRobot robot) throws Exception {
        TimelineFixture f = new TimelineFixture(practice);
        load(robot, f.olga.id());

        robot.clickOn("#timelineFilter-NOTE");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kinds(robot)).doesNotContain(TimelineKind.NOTE).contains(TimelineKind.HOMEWORK);
        assertThat(robot.lookup("#timelineEntry-NOTE-" + f.note.id()).tryQuery()).isEmpty();

        robot.clickOn("#timelineFilter-NOTE");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kinds(robot)).contains(TimelineKind.NOTE);
        assertThat(robot.lookup("#timelineEntry-NOTE-" + f.note.id()).tryQuery()).isPresent();
    }

    @Test
    void filter_allSwitchedOff_saysWhatToDo(FxRobot robot) throws Exception {
        TimelineFixture f = new TimelineFixture(practice);
        load(robot, f.olga.id());

        for (TimelineKind kind : TimelineKind.values()) {
            robot.clickOn("#timelineFilter-" + kind.name());
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#timelineEmpty").queryAs(Label.class).getText()).contains("Switch a kind back on");
    }

    @Test
    void load_clientWithFiveHundredSessions_showsThemAll(FxRobot robot) throws Exception {
        Client olga = practice.clients().save(ClientBuilders.olga().build());
        for (int i = 0; i < 500; i++) {
            practice.sessions().save(Session.planned(olga.id(), LocalDateTime.of(2022, 1, 3, 10, 0).plusDays(2L * i),
                    SessionKind.SINGLE).withStatus(SessionStatus.DONE), Set.of());
        }

        load(robot, olga.id());

        assertThat(kinds(robot).stream().filter(k -> k == TimelineKind.SESSION).count()).isEqualTo(500);
        assertThat(robot.lookup("#timelineFilter-SESSION").queryAs(ToggleButton.class).getText())
                .isEqualTo("Sessions (500)");
    }

    @Test
    void enter_onANote_opensIt(FxRobot robot) throws Exception {
        TimelineFixture f = new TimelineFixture(practice);
        load(robot, f.olga.id());

        robot.clickOn("#timelineEntry-NOTE-" + f.note.id());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TimelineKind.NOTE);
            assertThat(e.note().id()).isEqualTo(f.note.id());
            assertThat(TimelineTab.tabOf(e)).isEqualTo(CardTab.NOTES);
        });
    }

    @Test
    void doubleClick_onHomework_opensIt(FxRobot robot) throws Exception {
        TimelineFixture f = new TimelineFixture(practice);
        load(robot, f.olga.id());

        robot.doubleClickOn("#timelineEntry-HOMEWORK-" + f.homework.id());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).extracting(TimelineTab::idOf).containsExactly(f.homework.id());
    }

    @Test
    void load_again_keepsTheSelectedEntryAndShowsWhatChanged(FxRobot robot) throws Exception {
        TimelineFixture f = new TimelineFixture(practice);
        load(robot, f.olga.id());
        robot.clickOn("#timelineEntry-HOMEWORK-" + f.homework.id());

        practice.notes().save(f.note.withText(org.kabinet.model.NoteText.free("After the holidays")));
        load(robot, f.olga.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelineEntry-NOTE-" + f.note.id())
                .tryQuery().map(n -> labels(robot, n).contains("After the holidays")).orElse(false));

        Row selected = list(robot).getSelectionModel().getSelectedItem();
        assertThat(selected.entry().kind()).isEqualTo(TimelineKind.HOMEWORK);
    }

    private void load(FxRobot robot, long clientId) throws Exception {
        robot.interact(() -> tab.load(clientId));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !executor.busy().get() && !list(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Row> list(FxRobot robot) {
        return robot.lookup("#timelineList").queryAs(ListView.class);
    }

    private static List<TimelineKind> kinds(FxRobot robot) {
        return list(robot).getItems().stream().filter(r -> !r.isHeader()).map(r -> r.entry().kind()).toList();
    }

    /** The texts of the labels shown in the cell found by {@code query}, one after another. */
    private static String texts(FxRobot robot, String query) {
        Node cell = robot.lookup(query).query();
        return labels(robot, cell);
    }

    private static String allTexts(FxRobot robot) {
        return labels(robot, list(robot));
    }

    private static String labels(FxRobot robot, Node under) {
        return robot.from(under).lookup((Node n) -> n instanceof Label l && l.isVisible()).queryAll().stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isEmpty())
                .collect(Collectors.joining(" | "));
    }
}
