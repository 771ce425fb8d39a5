package org.kabinet.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.main.MainWindow;

/**
 * How fast the client list answers a search keystroke, in the real window over a practice file
 * (argument: the file). For each keystroke it times the text change to the end of the layout
 * that shows the filtered, sorted rows, and to the frame after it. Run by {@code bench/search.sh}.
 */
public final class SearchKeystrokeBench extends Application {

    /** Not an Application itself, so that a plain class path can start it (like Kabinet's Main). */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(SearchKeystrokeBench.class, args);
        }
    }

    /** What a user types, one keystroke at a time: names, phone digits, a clear in between. */
    private static final String[] TYPED = {"о", "ол", "оль", "ольг", "ольга", "", "9", "91", "916", "9161",
        "91612", "", "и", "ив", "ива", "иван", "", "а", "ан", "анн", "анна", ""};
    private static final int ROUNDS = 6;

    private final Deque<String> queue = new ArrayDeque<>();
    private final List<Long> laidOut = new ArrayList<>();
    private final List<Long> framed = new ArrayList<>();
    private Scene scene;
    private TextField search;
    private long started;
    private int pulsesSinceKey = -1;

    @Override
    public void start(Stage stage) throws Exception {
        BenchWindow bench = BenchWindow.show(stage, Path.of(getParameters().getRaw().get(0)));
        MainWindow window = bench.window();
        scene = bench.scene();
        window.load(() -> {
            window.show(org.kabinet.ui.main.Area.CLIENTS);
            // The clients screen is built on first show; lay it out so that its nodes can be found.
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            search = (TextField) scene.lookup("#searchField");
            for (int i = 0; i < ROUNDS; i++) {
                queue.addAll(List.of(TYPED));
            }
            scene.addPostLayoutPulseListener(this::pulse);
            Platform.runLater(this::nextKey);
        });
    }

    private void nextKey() {
        if (queue.isEmpty()) {
            report();
            Platform.exit();
            return;
        }
        started = System.nanoTime();
        search.setText(queue.poll());
        pulsesSinceKey = 0;
        Platform.requestNextPulse();
    }

    private void pulse() {
        if (pulsesSinceKey < 0) {
            return;
        }
        long micros = (System.nanoTime() - started) / 1000;
        if (++pulsesSinceKey == 1) {
            laidOut.add(micros);
            Platform.requestNextPulse();
        } else {
            framed.add(micros);
            pulsesSinceKey = -1;
            Platform.runLater(this::nextKey);
        }
    }

    private void report() {
        // The first round warms up the JIT; a user's session is long past that point.
        int warm = TYPED.length;
        System.out.printf("keystrokes measured: %d (after %d warm-up)%n", laidOut.size() - warm, warm);
        System.out.println("filtered, sorted and laid out: " + stats(laidOut.subList(warm, laidOut.size())));
        System.out.println("on screen (next frame):        " + stats(framed.subList(warm, framed.size())));
    }

    private static String stats(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(null);
        return String.format("median %.1f ms, 95th percentile %.1f ms, max %.1f ms",
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.95)) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0);
    }
}
