package org.kabinet.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.ui.OwnedWindows;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.MovableClock;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.common.SameThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app lock over a window's content: hidden while locked, back as it was with the right passphrase. */
@ExtendWith(ApplicationExtension.class)
class AppLockTest {

    private static final String PASSPHRASE = "тихий час";

    @TempDir
    static Path folder;

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger flushed = new AtomicInteger();
    private Practice practice;
    private Stage stage;
    private Scene scene;
    private BorderPane content;
    private TextArea note;
    private AppLock lock;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        practice = Practice.open(folder.resolve("lock-" + System.nanoTime() + ".db"), TestClock.FIXED);
        practice.appLock().enable(PASSPHRASE, Duration.ofMinutes(15));
        note = new TextArea();
        note.setId("noteArea");
        Label client = new Label("Анна Петрова");
        client.setId("clientName");
        content = new BorderPane(note, client, null, null, null);
        scene = new Scene(content, 800, 600);
        stage.setScene(scene);
        stage.show();
        lock = new AppLock(practice.appLock(), Messages.of(Language.EN), new SameThreadTaskExecutor(), clock,
                flushed::incrementAndGet);
        lock.attach(scene);
    }

    @AfterEach
    void close() {
        OwnedWindows.closeAll(lock::stop);
        practice.close();
    }

    private boolean contentShown() {
        return content.getScene() == scene && scene.getRoot() == content;
    }

    private void unlockWith(FxRobot robot, String passphrase) {
        robot.clickOn("#lockPassphraseField").write(passphrase);
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atStart_lockOn_theContentIsOutOfTheWindow_andTheLockScreenAsks(FxRobot robot) {
        assertThat(lock.locked().get()).isTrue();
        assertThat(contentShown()).isFalse();
        assertThat(content.getScene()).isNull();
        assertThat(robot.lookup("#clientName").tryQuery()).isEmpty();
        assertThat(robot.lookup("#lockTitle").queryAs(Label.class).getText()).isEqualTo("Kabinet is locked");
        assertThat(robot.lookup("#unlockButton").queryButton().getText()).isEqualTo("Unlock");
        assertThat(stage.getTitle() == null || !stage.getTitle().contains("Анна")).isTrue();
    }

    @Test
    void unlock_wrongPassphrase_saysSoAndClearsTheField_rightOne_bringsTheContentBack(FxRobot robot) {
        unlockWith(robot, "не та фраза");

        assertThat(contentShown()).isFalse();
        assertThat(robot.lookup("#lockErrorLabel").queryAs(Label.class).getText())
                .isEqualTo("Wrong passphrase. Try again.");
        assertThat(robot.lookup("#lockPassphraseField").queryAs(PasswordField.class).getText()).isEmpty();

        unlockWith(robot, PASSPHRASE);
        assertThat(contentShown()).isTrue();
        assertThat(lock.locked().get()).isFalse();
        assertThat(lock.wrongTries()).isZero();
    }

    @Test
    void unlock_afterFiveWrongTries_waitsBeforeTheNextTry(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            unlockWith(robot, "wrong " + i);
        }
        assertThat(lock.wrongTries()).isEqualTo(5);
        assertThat(robot.lookup("#unlockButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#lockErrorLabel").queryAs(Label.class).getText())
                .isEqualTo("Wrong passphrase. You can try again in 1 s.");
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !robot.lookup("#unlockButton").queryButton().isDisabled());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the unlock button stayed disabled", e);
        }
        unlockWith(robot, PASSPHRASE);
        assertThat(contentShown()).isTrue();
    }

    @Test
    void ctrlL_locksAtOnce_andUnlockingKeepsWhatWasTypedAndWhereTheCursorWas(FxRobot robot) {
        unlockWith(robot, PASSPHRASE);
        robot.clickOn("#noteArea").write("Говорили о сне");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lock.locked().get()).isTrue();
        assertThat(contentShown()).isFalse();
        assertThat(flushed).as("at start, and now").hasValue(2);
        // The content's shortcuts are off while locked (Enter is the lock screen's own Unlock).
        assertThat(scene.getAccelerators().keySet()).allMatch(
                k -> k.equals(new javafx.scene.input.KeyCodeCombination(KeyCode.ENTER)));

        unlockWith(robot, PASSPHRASE);
        assertThat(note.getText()).isEqualTo("Говорили о сне");
        assertThat(scene.getFocusOwner()).isSameAs(note);
        assertThat(scene.getAccelerators()).containsKey(AppLock.LOCK_KEYS);
        robot.write(" и о работе");
        assertThat(note.getText()).isEqualTo("Говорили о сне и о работе");
    }

    @Test
    void idle_locksAfterTheIdleTime_butNotWhileSheTypes(FxRobot robot) {
        unlockWith(robot, PASSPHRASE);
        robot.clickOn("#noteArea");
        clock.advance(Duration.ofMinutes(14));
        robot.interact(lock::checkIdle);
        assertThat(lock.locked().get()).isFalse();

        robot.write("ещё");
        clock.advance(Duration.ofMinutes(14));
        robot.interact(lock::checkIdle);
        assertThat(lock.locked().get()).as("typing a moment ago keeps it open").isFalse();

        clock.advance(Duration.ofMinutes(1));
        robot.interact(lock::checkIdle);
        assertThat(lock.locked().get()).isTrue();
        assertThat(contentShown()).isFalse();
    }

    @Test
    void lock_hidesOtherWindows_closesDialogs_andBringsTheOwnWindowsBack(FxRobot robot) {
        unlockWith(robot, PASSPHRASE);
        Stage[] search = new Stage[1];
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        robot.interact(() -> {
            search[0] = new Stage();
            search[0].initOwner(stage);
            search[0].setScene(new Scene(new Label("Анна Петрова: сон"), 300, 200));
            search[0].show();
            dialog[0] = new javafx.scene.control.Dialog<>();
            dialog[0].initOwner(stage);
            dialog[0].initModality(javafx.stage.Modality.NONE);
            dialog[0].getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CANCEL);
            dialog[0].show();
        });

        robot.interact(lock::lock);
        assertThat(search[0].isShowing()).isFalse();
        assertThat(dialog[0].isShowing()).isFalse();

        unlockWith(robot, PASSPHRASE);
        assertThat(search[0].isShowing()).isTrue();
        assertThat(dialog[0].isShowing()).as("a dialog is cancelled, not brought back").isFalse();
    }

    @Test
    void whileLocked_aWindowThatOpens_isPutOutOfSight(FxRobot robot) {
        unlockWith(robot, PASSPHRASE);
        robot.interact(lock::lock);
        javafx.scene.control.Dialog<?>[] done = new javafx.scene.control.Dialog<?>[1];

        // As a background task's "done" message would, while she is away.
        robot.interact(() -> {
            done[0] = new javafx.scene.control.Dialog<>();
            done[0].initOwner(stage);
            done[0].setContentText("Выгружено в /home/анна/клиенты.json");
            done[0].getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CANCEL);
            done[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(done[0].isShowing()).isFalse();
        assertThat(lock.locked().get()).isTrue();
    }

    @Test
    void lock_whenTheLockIsOff_doesNothing(FxRobot robot) {
        unlockWith(robot, PASSPHRASE);
        practice.appLock().disable(PASSPHRASE);
        robot.interact(lock::settingsChanged);
        robot.interact(lock::lock);
        clock.advance(Duration.ofHours(5));
        robot.interact(lock::checkIdle);
        assertThat(lock.locked().get()).isFalse();
        assertThat(lock.enabled().get()).isFalse();
    }
}
