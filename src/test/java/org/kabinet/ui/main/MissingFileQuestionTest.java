package org.kabinet.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
import org.kabinet.ui.OwnedWindows;
import org.kabinet.ui.common.Dialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The file she opened last is gone: Kabinet asks, and never opens anything she did not choose. */
@ExtendWith(ApplicationExtension.class)
class MissingFileQuestionTest {

    @TempDir
    Path folder;

    private Dialogs dialogs;

    @Start
    void start(Stage stage) {
        dialogs = new Dialogs(Messages.of(Language.RU));
        dialogs.setOwner(stage);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        OwnedWindows.closeAll();
    }

    private CompletableFuture<Optional<Path>> ask(Path remembered, Path usual) {
        CompletableFuture<Optional<Path>> answer = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> answer.complete(
                new OpenProblemDialog(Messages.of(Language.RU), dialogs).askMissing(remembered, usual)));
        return answer;
    }

    private void press(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> button(robot, text).isPresent());
        Button b = button(robot, text).orElseThrow();
        robot.interact(b::fire);
    }

    private Optional<Button> button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text) && b.getScene() != null && b.getScene().getWindow().isShowing())
                .findFirst();
    }

    private String shownText(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }

    @Test
    void askMissing_tryAgainWhileStillGone_asksAgain_thenThePluggedInFileOpens(FxRobot robot) throws Exception {
        Path stick = folder.resolve("практика.db");
        CompletableFuture<Optional<Path>> answer = ask(stick, folder.resolve("kabinet.db"));

        press(robot, "Попробовать снова");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer).isNotDone();
        assertThat(shownText(robot)).contains(stick.toString()).contains("Пустую практику вместо него Kabinet не создаёт");

        Files.writeString(stick, "");
        press(robot, "Попробовать снова");
        assertThat(answer.get(10, TimeUnit.SECONDS)).contains(stick);
    }

    @Test
    void askMissing_usualPlace_opensTheUsualFile(FxRobot robot) throws Exception {
        Path usual = folder.resolve("kabinet.db");
        CompletableFuture<Optional<Path>> answer = ask(folder.resolve("gone.db"), usual);

        press(robot, "Открыть обычное место");

        assertThat(answer.get(10, TimeUnit.SECONDS)).contains(usual);
    }

    @Test
    void askMissing_quit_opensNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Path>> answer = ask(folder.resolve("gone.db"), folder.resolve("kabinet.db"));

        press(robot, "Выйти");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(folder.resolve("kabinet.db")).doesNotExist();
    }
}
