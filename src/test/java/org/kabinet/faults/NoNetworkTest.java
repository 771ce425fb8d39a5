package org.kabinet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.logic.demo.DemoFile;
import org.kabinet.logic.demo.DemoLanguage;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Homework;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.CardTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No network: a whole session in the real window (a demo practice, every screen, every tab of a
 * card, a client added and a note written by keyboard, a homework sheet PDF, a backup, the JSON
 * and calendar exports, quitting) under a security manager that records any socket use, and no
 * TCP or UDP socket held by the process at the end.
 */
@ExtendWith(ApplicationExtension.class)
class NoNetworkTest {

    @TempDir
    static Path folder;

    private final NetworkRecorder recorder = new NetworkRecorder();
    private SecurityManager before;
    private Set<String> socketsBefore;
    private MainWindowHarness harness;
    private boolean closed;

    @Start
    void start(Stage stage) throws Exception {
        socketsBefore = NetworkRecorder.inetSocketsHeld();
        before = System.getSecurityManager();
        System.setSecurityManager(recorder);
        Path file = folder.resolve("demo-" + System.nanoTime() + ".db");
        DemoFile.write(file, DemoLanguage.RU, 30, 0, 7, TestClock.FIXED);
        harness = new MainWindowHarness(file);
        harness.show(stage);
    }

    @AfterEach
    void removeRecorder() {
        if (!closed) {
            harness.close();
        }
        System.setSecurityManager(before);
    }

    @Test
    void fullSession_everyScreenAndEveryExport_triesNoNetwork(FxRobot robot) throws Exception {
        harness.awaitIdle();
        for (Area area : Area.values()) {
            harness.show(area);
            harness.awaitIdle();
        }
        Practice practice = harness.practice();
        ClientSummary client = practice.clients().list().stream()
                .filter(c -> !practice.homework().forClient(c.id()).isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> harness.window().openClient(client.id()));
        harness.awaitIdle();
        TabPane tabs = robot.lookup("#cardTabs").queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            harness.awaitIdle();
        }

        harness.show(Area.CLIENTS);
        harness.awaitIdle();
        int clients = practice.clients().list().size();
        robot.clickOn("#newClientButton");
        robot.clickOn("#lastNameField").write("Offline");
        robot.clickOn("#firstNameField").write("Vera");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        harness.awaitIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> practice.clients().list().size() == clients + 1);

        robot.interact(() -> harness.window().openClient(client.id(), CardTab.NOTES, 0));
        harness.awaitIdle();
        robot.clickOn("#newNoteButton");
        robot.write("Nothing leaves this computer");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#noteStatusLabel").queryAs(Label.class).getText().startsWith("Saved"));

        // What the print, backup and export buttons run once their file chooser has answered.
        List<Long> homework = practice.homework().forClient(client.id()).stream().map(Homework::id).toList();
        Path sheet = folder.resolve("sheet.pdf");
        practice.sheets().homework(homework, Locale.forLanguageTag("ru"), sheet);
        practice.backups().backUp(folder.resolve("backups"), (pages, of) -> { });
        practice.jsonTransfer().export(folder.resolve("practice.json"), false);
        practice.calendarExport().export(30, practice.calendarExport().defaultNames(), Locale.forLanguageTag("ru"),
                folder.resolve("sessions.ics"));
        practice.clientListExport();
        assertThat(Files.size(sheet)).isPositive();

        Set<String> socketsHeld = NetworkRecorder.inetSocketsHeld();
        AtomicBoolean quit = new AtomicBoolean();
        robot.interact(() -> harness.window().whenSettled(() -> {
            harness.close();
            quit.set(true);
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, quit::get);
        closed = true;

        socketsHeld.removeAll(socketsBefore);
        FaultSummary.report("no network: a full session in the window, " + recorder.attempts().size()
                + " socket attempts recorded, " + socketsHeld.size() + " TCP/UDP sockets held");
        assertThat(recorder.attempts()).as("attempts at the network").isEmpty();
        assertThat(socketsHeld).as("TCP and UDP sockets held by the process").isEmpty();
    }
}
