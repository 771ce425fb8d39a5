package org.kabinet.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.model.Session;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.MainWindow;

/**
 * How fast a client's card with their sessions, and the program report, appear in the real
 * window over a practice file (argument: the file). Each step is timed from the action (opening a
 * client, choosing a report period) to the frame that shows its result: the card's title and
 * every session in the sessions tab; the report's figures for the new period; the call planner
 * with its rows, coming from Today. Run by
 * {@code bench/on-screen.sh}.
 */
public final class OnScreenBench extends Application {

    /** Not an Application itself, so that a plain class path can start it (like Kabinet's Main). */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(OnScreenBench.class, args);
        }
    }

    private static final int WARM_UP = 10;
    private static final int RUNS = 40;

    private final List<Runnable> steps = new ArrayList<>();
    private final List<Long> cardTimes = new ArrayList<>();
    private final List<Long> reportTimes = new ArrayList<>();
    private final List<Long> plannerTimes = new ArrayList<>();
    private Scene scene;
    private MainWindow window;
    private BooleanSupplier waitingFor;
    private List<Long> recordInto;
    private long started;
    private int pulsesSinceDone = -1;

    @Override
    public void start(Stage stage) throws Exception {
        BenchWindow bench = BenchWindow.show(stage, Path.of(getParameters().getRaw().get(0)));
        Practice practice = bench.practice();
        window = bench.window();
        scene = bench.scene();

        List<Session> all = practice.sessions().between(LocalDate.of(1900, 1, 1), LocalDate.of(3000, 1, 1));
        Map<Long, Long> perClient = all.stream().collect(Collectors.groupingBy(Session::clientId,
                Collectors.counting()));
        long busiest = perClient.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long quiet = perClient.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        System.out.printf("busiest client: %d sessions%n", perClient.get(busiest));
        String busiestName = practice.clients().load(busiest).orElseThrow().name().lastName();
        String quietName = practice.clients().load(quiet).orElseThrow().name().lastName();

        window.load(() -> {
            // The first open builds the card; the sessions tab, once chosen, stays for every client.
            steps.add(() -> measure(() -> window.openClient(busiest), () -> lookup("#cardTabs") != null, null));
            steps.add(() -> measure(() -> ((TabPane) lookup("#cardTabs")).getSelectionModel().select(1),
                    () -> shows(busiestName, perClient.get(busiest)), null));
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                List<Long> into = i < WARM_UP ? new ArrayList<>() : cardTimes;
                steps.add(() -> measure(() -> window.openClient(quiet), () -> shows(quietName, perClient.get(quiet)), null));
                steps.add(() -> measure(() -> window.openClient(busiest), () -> shows(busiestName, perClient.get(busiest)), into));
            }
            steps.add(() -> measure(() -> window.show(Area.REPORT), () -> lookup("#reportTook") != null, null));
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                List<Long> into = i < WARM_UP ? new ArrayList<>() : reportTimes;
                steps.add(() -> measureReport("#allTimeButton", into));
                steps.add(() -> measureReport("#lastTwelveMonthsButton", into));
            }
            // The call planner, read and laid out each time she comes to it from Today.
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                List<Long> into = i < WARM_UP ? new ArrayList<>() : plannerTimes;
                steps.add(() -> measure(() -> window.show(Area.TODAY), () -> true, null));
                steps.add(this::measurePlanner);
                plannerRuns.add(into);
            }
            scene.addPostLayoutPulseListener(this::pulse);
            Platform.runLater(this::next);
        });
    }

    private boolean shows(String lastName, long sessions) {
        Label title = (Label) lookup("#titleLabel");
        TableView<?> table = (TableView<?>) lookup("#sessionsTable");
        return title != null && title.getText().startsWith(lastName) && table != null
                && table.getItems().size() == sessions;
    }

    private final List<List<Long>> plannerRuns = new ArrayList<>();

    private void measurePlanner() {
        Label heading = (Label) lookup("#plannerHeading");
        if (heading != null) {
            // The heading says how many calls are due; a new reading always sets it anew.
            heading.setText("");
        }
        measure(() -> window.show(Area.CALLS), () -> {
            Label h = (Label) lookup("#plannerHeading");
            return h != null && !h.getText().isEmpty() && h.isVisible();
        }, plannerRuns.remove(0));
    }

    private void measureReport(String button, List<Long> into) {
        Label took = (Label) lookup("#reportTook");
        // The label says how long the count took; a new count always sets it anew.
        took.setText("");
        measure(() -> ((Button) lookup(button)).fire(), () -> !took.getText().isEmpty(), into);
    }

    private void measure(Runnable action, BooleanSupplier done, List<Long> into) {
        waitingFor = done;
        recordInto = into;
        pulsesSinceDone = -1;
        started = System.nanoTime();
        action.run();
        Platform.requestNextPulse();
    }

    private void pulse() {
        if (waitingFor == null) {
            return;
        }
        if (pulsesSinceDone < 0) {
            if (!waitingFor.getAsBoolean()) {
                Platform.requestNextPulse();
                return;
            }
            // Laid out with the result: the next frame puts it on screen.
            pulsesSinceDone = 0;
            Platform.requestNextPulse();
            return;
        }
        if (recordInto != null) {
            recordInto.add((System.nanoTime() - started) / 1000);
        }
        waitingFor = null;
        Platform.runLater(this::next);
    }

    private void next() {
        if (steps.isEmpty()) {
            System.out.println("open the busiest client's card, sessions tab: " + stats(cardTimes) + "   (goal: 100 ms)");
            System.out.println("program report, change of period:           " + stats(reportTimes) + "   (goal: 100 ms)");
            System.out.println("call planner, from Today:                   " + stats(plannerTimes) + "   (goal: 100 ms)");
            Platform.exit();
            return;
        }
        steps.remove(0).run();
    }

    private Node lookup(String selector) {
        return scene.lookup(selector);
    }

    private static String stats(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(null);
        return String.format("median %.1f ms, 95th percentile %.1f ms, max %.1f ms (%d runs)",
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.95)) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0, sorted.size());
    }
}
