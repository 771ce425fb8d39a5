package org.kabinet.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.ui.OwnedWindows;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.MainWindowHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The guide window over the real main window: opened from the Help menu in English and directly
 * in Russian, with every chapter in its contents, its pictures loaded, a chapter reached from the
 * contents, and Esc closing it.
 */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("guide-" + System.nanoTime() + ".db"));
        harness.show(stage);
        main = stage;
    }

    @AfterEach
    void closeAll() {
        OwnedWindows.closeAll();
        harness.close();
    }

    @Test
    void guideItem_inTheHelpMenu_opensTheEnglishGuideWithEveryChapterInTheContents(FxRobot robot) throws Exception {
        harness.awaitIdle();
        MenuItem guideItem = robot.lookup("#helpMenu").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> "guideItem".equals(item.getId())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(guideItem::fire);

        ListView<String> contents = awaitContents(robot);
        assertThat(contents.getItems()).containsExactlyElementsOf(GuideResourcesTest.chapters(Language.EN));
        assertThat(guide().getTitle()).isEqualTo(Messages.of(Language.EN).get("guide.window.title"));
        awaitPicturesLoaded(robot);
    }

    @Test
    void showOver_inRussian_showsTheRussianGuideWithEveryChapterInTheContents(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> GuideWindow.showOver(main, Messages.of(Language.RU)));

        ListView<String> contents = awaitContents(robot);
        assertThat(contents.getItems()).containsExactlyElementsOf(GuideResourcesTest.chapters(Language.RU));
        assertThat(contents.getItems()).contains("Программа «База»", "Резервные копии");
        assertThat(guide().getTitle()).isEqualTo("Kabinet — руководство");
        awaitPicturesLoaded(robot);
    }

    @Test
    void contentsClick_onTheLastChapter_scrollsThePageDown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> GuideWindow.showOver(main, Messages.of(Language.EN)));
        ListView<String> contents = awaitContents(robot);
        awaitPicturesLoaded(robot);
        ScrollPane scroll = robot.lookup("#guideScroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).isZero();

        WaitForAsyncUtils.asyncFx(() -> contents.getSelectionModel().selectLast());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scroll.getVvalue() > 0.5);
    }

    @Test
    void showOver_again_bringsTheSameWindowBack_andEscClosesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> GuideWindow.showOver(main, Messages.of(Language.EN)));
        awaitContents(robot);
        Stage first = guide();
        Stage second = WaitForAsyncUtils.asyncFx(() -> GuideWindow.showOver(main, Messages.of(Language.EN)))
                .get(5, TimeUnit.SECONDS);
        assertThat(second).isSameAs(first);

        robot.clickOn("#guideContents");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !first.isShowing());
    }

    private static ListView<String> awaitContents(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#guideContents").tryQuery().isPresent());
        ListView<String> contents = robot.lookup("#guideContents").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !contents.getItems().isEmpty());
        return contents;
    }

    /** Pictures load in the background; each one must finish without an error. */
    private static void awaitPicturesLoaded(FxRobot robot) throws Exception {
        // The page is inside the scroll pane's skin, which comes with the first layout pulse.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".guide-picture").queryAll().size() >= 6);
        var views = robot.lookup(".guide-picture").queryAllAs(ImageView.class);
        assertThat(views).hasSizeGreaterThanOrEqualTo(6);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> views.stream().allMatch(v -> v.getImage().getProgress() >= 1));
        assertThat(views).allSatisfy(v -> {
            assertThat(v.getImage().isError()).isFalse();
            assertThat(v.getImage().getWidth()).isGreaterThan(0);
        });
    }

    private static Stage guide() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && "guideWindow".equals(w.getScene().getRoot().getId()))
                .findFirst().orElseThrow();
    }
}
