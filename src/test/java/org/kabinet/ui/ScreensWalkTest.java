package org.kabinet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.today.TodayFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Walks every area of the main window and every tab of a client card, and fails on what a
 * person would be left guessing at: a button with only an icon and no tooltip, a list or table
 * that would be blank (or say JavaFX's English "No content in table") when empty.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensWalkTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;
    private Stage stage;
    private long seenButtons;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness(folder.resolve("walk-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void iconButtons_onEveryScreenWithData_allHaveTextOrTooltip(FxRobot robot) throws Exception {
        TodayFixtures today = TodayFixtures.in(harness.practice());
        harness.reload();
        harness.awaitIdle();

        Set<String> silent = walk(robot, today.olga(), SceneWalk::isSilentButton);
        // The client list with words in its filter shows its clear button.
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("zz"));
        harness.awaitIdle();
        silent.addAll(matching(SceneWalk::isSilentButton, "filtered client list"));
        assertThat(seenButtons).as("the walk saw the screens' buttons").isGreaterThan(60);

        assertThat(silent).as("buttons with an icon only and no tooltip").isEmpty();
    }

    @Test
    void iconButtons_onAnEmptyPractice_allHaveTextOrTooltip(FxRobot robot) throws Exception {
        harness.awaitIdle();
        Set<String> silent = walkAreas(robot, SceneWalk::isSilentButton);

        assertThat(silent).as("buttons with an icon only and no tooltip").isEmpty();
    }

    @Test
    void listsAndTables_onAnEmptyPractice_allHaveAPlaceholder(FxRobot robot) throws Exception {
        harness.awaitIdle();
        Set<String> bare = walkAreas(robot, SceneWalk::lacksPlaceholder);
        // A client with nothing yet: every tab of the card is empty.
        Client ivan = harness.practice().clients().save(ClientBuilders.minimal("Иван").build());
        harness.reload();
        harness.awaitIdle();
        bare.addAll(walk(robot, ivan, SceneWalk::lacksPlaceholder));

        assertThat(bare).as("lists and tables without a placeholder").isEmpty();
    }

    @Test
    void homeworkExercises_searchMatchingNothing_sayWhatToDoInstead(FxRobot robot) throws Exception {
        TodayFixtures today = TodayFixtures.in(harness.practice());
        harness.reload();
        harness.awaitIdle();
        robot.interact(() -> harness.window().openClient(today.olga().id()));
        harness.awaitIdle();
        robot.clickOn("#homeworkTab");
        harness.awaitIdle();
        robot.clickOn("#giveHomeworkButton");
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#assignHomeworkSaveButton").tryQuery().isPresent());
        harness.awaitIdle();

        robot.clickOn("#chooserSearchField").write("zzzz");

        javafx.scene.control.ListView<?> list = robot.lookup("#chooserList").queryAs(javafx.scene.control.ListView.class);
        assertThat(((javafx.scene.control.Label) list.getPlaceholder()).getText())
                .startsWith("No exercise matches these words");
        robot.interact(() -> list.getScene().getWindow().hide());
    }

    /** Every area, then the client's card tab by tab: what matches {@code wrong}, described. */
    private Set<String> walk(FxRobot robot, Client client, Predicate<Node> wrong) throws Exception {
        Set<String> found = walkAreas(robot, wrong);
        robot.interact(() -> harness.window().openClient(client.id()));
        harness.awaitIdle();
        TabPane tabs = robot.lookup("#cardTabs").queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            harness.awaitIdle();
            found.addAll(matching(wrong, "card " + tab.getId()));
        }
        return found;
    }

    private Set<String> walkAreas(FxRobot robot, Predicate<Node> wrong) throws Exception {
        Set<String> found = new LinkedHashSet<>();
        for (Area area : Area.values()) {
            harness.show(area);
            harness.awaitIdle();
            found.addAll(matching(wrong, area.name()));
        }
        return found;
    }

    private Set<String> matching(Predicate<Node> wrong, String where) {
        Set<String> found = new LinkedHashSet<>();
        seenButtons += SceneWalk.visible(stage.getScene().getRoot()).stream()
                .filter(n -> n instanceof javafx.scene.control.ButtonBase).count();
        SceneWalk.visible(stage.getScene().getRoot()).stream().filter(wrong)
                .forEach(n -> found.add(where + ": " + SceneWalk.describe(n)));
        return found;
    }
}
