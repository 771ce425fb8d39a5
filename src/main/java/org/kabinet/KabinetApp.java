package org.kabinet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.OpeningSnapshot;
import org.kabinet.logic.Practice;
import org.kabinet.logic.PracticeRestore;
import org.kabinet.logic.demo.DemoFile;
import org.kabinet.logic.demo.DemoLanguage;
import org.kabinet.logic.demo.NotADemoFileException;
import org.kabinet.model.Preferences;
import org.kabinet.model.WindowPlace;
import org.kabinet.storage.PreferencesFile;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DefaultDatabasePath;
import org.kabinet.ui.backup.RestoreNotices;
import org.kabinet.ui.common.AppIcons;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.common.NormalBounds;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.common.Theme;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.MainWindow;
import org.kabinet.ui.main.OpenProblemDialog;
import org.kabinet.ui.main.PracticeSwitcher;

/**
 * The application: shows the window at once, opens the practice file in the background, and
 * puts the main window in place when the file is ready. Owns the one open {@link Practice} and
 * closes it on the way out.
 */
public final class KabinetApp extends Application implements PracticeSwitcher {

    private static final Logger LOG = Logger.getLogger(KabinetApp.class.getName());
    /** Clients in the demo practice the welcome screen opens: a few months of a real practice. */
    private static final int DEMO_CLIENTS = 300;
    private static final long DEMO_SEED = 7;
    /** How long an opening may take before the window shows that it is opening. */
    private static final Duration OPENING_PANE_DELAY = Duration.millis(400);

    private final Clock clock = Clock.systemDefaultZone();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private AppOptions options;
    /** This computer's preferences: language, theme, the file chosen last, the window's place. */
    private final PreferencesFile preferencesFile = PreferencesFile.ofThisUser();
    private Preferences preferences = Preferences.NONE;
    /** The window's bounds when not maximized, which are what a next start should restore. */
    private NormalBounds normalBounds;
    private Theme theme = Theme.LIGHT;
    private Messages messages;
    private DateFormats dates;
    private Dialogs dialogs;
    private Stage stage;
    private Scene scene;
    /** The file the user started with: where "back to my practice" leads from the demo. */
    private Path ownFile;
    private MainWindow window;
    /** Set once the app is on its way out: reads cut short by closing the file are not errors. */
    private boolean quitting;
    /** Shows the window during a slow opening; see {@link #showIfStillOpening()}. */
    private final PauseTransition reveal = new PauseTransition(OPENING_PANE_DELAY);

    @Override
    public void start(Stage primaryStage) {
        options = AppOptions.parse(getParameters().getRaw());
        preferences = preferencesFile.read();
        Language language = options.languageOrSystem(preferences);
        // JavaFX's own texts (a calendar's month names) follow the default locale.
        Locale.setDefault(language.locale());
        Locale.setDefault(Locale.Category.FORMAT, language.formats());
        messages = Messages.of(language);
        dates = new DateFormats(language);
        dialogs = new Dialogs(messages);
        stage = primaryStage;
        theme = Theme.parse(preferences.theme().orElse(""));
        theme.apply();

        // "Opening…" is put in only if the window shows before the practice is ready.
        scene = new Scene(new StackPane(), 1280, 800);
        scene.getStylesheets().add(KabinetApp.class.getResource("ui/kabinet.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        AppIcons.setOn(stage);
        place();
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        dialogs.setOwner(stage);

        Path file = options.databaseFile(System.getenv(), preferences);
        ownFile = file;
        Optional<Path> missing = options.missingRememberedFile(System.getenv(), preferences);
        if (missing.isPresent() && !options.exitAfterStart()) {
            scene.setRoot(openingPane());
            showNow();
            // Once the window is up, so that the question stands in front of it.
            Platform.runLater(() -> new OpenProblemDialog(messages, dialogs).askMissing(missing.get(), file)
                    .ifPresentOrElse(chosen -> {
                        ownFile = chosen;
                        open(chosen);
                    }, () -> quit(0)));
            return;
        }
        Preload.take(file).ifPresentOrElse(opening -> {
            showIfStillOpening();
            whenPreloaded(opening);
        }, () -> {
            scene.setRoot(openingPane());
            showNow();
            open(file);
        });
    }

    /**
     * Shows the window if it is still not on screen after a moment: with "Opening…" while the
     * file opens, or the window still filling its list. A file that opens at once goes straight
     * to the finished window, without a spinner flashing by first.
     */
    private void showIfStillOpening() {
        reveal.stop();
        reveal.setOnFinished(e -> {
            if (window == null) {
                scene.setRoot(openingPane());
            }
            stage.show();
        });
        reveal.playFromStart();
    }

    private void showNow() {
        reveal.stop();
        stage.show();
    }

    /** Takes over the practice {@link Main} began to open before JavaFX started. */
    private void whenPreloaded(Preload.Opening opening) {
        opening.practice().whenComplete((practice, error) -> Platform.runLater(() -> {
            if (error != null) {
                openFailed(Preload.unwrap(error));
            } else {
                showOrFail(practice, opening);
            }
        }));
    }

    private VBox openingPane() {
        return busyPane("app.opening", "openingPane");
    }

    /** The whole window saying what it is doing while there is no practice to show. */
    private VBox busyPane(String textKey, String id) {
        VBox box = new VBox(12, new ProgressIndicator(), new Label(messages.get(textKey)));
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setId(id);
        return box;
    }

    /** Where the window was when it last closed, if that is still on a screen; else a roomy default. */
    private void place() {
        fitToScreen();
        preferences.windowPlace().filter(KabinetApp::onSomeScreen).ifPresent(place -> {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(Math.max(place.width(), stage.getMinWidth()));
            stage.setHeight(Math.max(place.height(), stage.getMinHeight()));
            stage.setMaximized(place.maximized());
        });
        normalBounds = NormalBounds.track(stage);
    }

    /** Whether enough of the window would show on a screen connected now to be grabbed and moved. */
    private static boolean onSomeScreen(WindowPlace place) {
        return !Screen.getScreensForRectangle(place.x(), place.y(), Math.min(place.width(), 200), 40).isEmpty();
    }

    private void fitToScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Roomy enough for the list and a card side by side, never bigger than the screen.
        stage.setWidth(Math.min(1400, screen.getWidth() * 0.94));
        stage.setHeight(Math.min(880, screen.getHeight() * 0.94));
        stage.centerOnScreen();
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
    }

    /** Opens {@code file} in the background and shows it; a refused file is explained. */
    private void open(Path file) {
        executor.run(() -> Practice.open(file, clock), practice -> showOrFail(practice, null), this::openFailed);
    }

    private void openFailed(Throwable error) {
        if (quitting) {
            // Closing the file under a read still going (the list, just after start) ends it so.
            return;
        }
        showNow();
        if (error instanceof DatabaseOpenException refused) {
            refused(refused);
        } else {
            fail(UserErrors.describe(error, messages));
        }
    }

    /** A window that cannot be built must say so, not hang on "Opening…". */
    private void showOrFail(Practice practice, Preload.Opening opening) {
        try {
            show(practice, opening);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "building the main window failed", e);
            practice.close();
            fail(messages.get("error.unexpected"));
        }
    }

    /**
     * Puts the practice in the window. {@code opening}, when not null, is the start-up opening
     * that also reads the client list.
     */
    private void show(Practice practice, Preload.Opening opening) {
        CompletableFuture<OpeningSnapshot> snapshot = opening == null ? null : opening.snapshot();
        Runnable releaseList = opening == null ? () -> { } : opening::releaseList;
        Practice previous = window == null ? null : window.practice();
        if (practice.isDemo() && practice.file().equals(ownFile)) {
            ownFile = DefaultDatabasePath.database();
        }
        MainWindow shown = new MainWindow(practice, messages, dates, executor, dialogs, this);
        Area startArea = opening == null ? Area.TODAY : lastScreen();
        shown.startOn(startArea);
        if (window != null) {
            // The window left behind keeps no timer on a practice about to close.
            window.stopBackups();
        }
        window = shown;
        scene.setRoot(shown.root());
        shown.installShortcuts(scene);
        stage.titleProperty().bind(shown.title());
        Runnable onScreen = () -> {
            if (options.exitAfterStart()) {
                reportReadyAfterFirstFrame();
            }
        };
        if (snapshot == null) {
            showNow();
            shown.load(onScreen);
        } else if (!practice.wasEmptyWhenOpened() && startArea == Area.TODAY) {
            // Today comes first and needs nothing of the list, which is read once it is on screen.
            shown.showFirst(() -> {
                onScreen.run();
                afterFirstFrame(releaseList);
            });
            showNow();
            snapshot.whenComplete((read, error) -> Platform.runLater(() -> {
                if (error != null) {
                    openFailed(Preload.unwrap(error));
                } else if (window == shown) {
                    shown.showList(read);
                }
            }));
        } else {
            releaseList.run();
            snapshot.whenComplete((read, error) -> Platform.runLater(() -> {
                if (error != null) {
                    openFailed(Preload.unwrap(error));
                    return;
                }
                shown.showList(read);
                shown.showFirst(onScreen);
                showNow();
            }));
        }
        if (previous != null) {
            executor.run(() -> {
                previous.close();
                return null;
            }, x -> { }, e -> LOG.warning("closing the previous practice failed"));
        }
    }

    /** The screen shown when the app last closed; Today when none is remembered. */
    private Area lastScreen() {
        return preferences.screen().flatMap(name -> java.util.Arrays.stream(Area.values())
                .filter(a -> a.name().equals(name)).findFirst()).orElse(Area.TODAY);
    }

    private void refused(DatabaseOpenException problem) {
        if (options.exitAfterStart()) {
            fail(messages.get(problem.problem().messageKey()));
            return;
        }
        new OpenProblemDialog(messages, dialogs).ask(problem).ifPresentOrElse(this::open, this::quit);
    }

    private void fail(String message) {
        System.err.println(message);
        if (options.exitAfterStart()) {
            quit(1);
            return;
        }
        dialogs.error(messages.get("error.title"), message);
        quit(0);
    }

    @Override
    public void openDemo() {
        Path demo = DefaultDatabasePath.demoDatabase();
        DemoLanguage language = messages.language() == Language.RU ? DemoLanguage.RU : DemoLanguage.EN;
        window.whenSettled(() -> executor.run(() -> {
            if (!java.nio.file.Files.exists(demo)) {
                DemoFile.write(demo, language, DEMO_CLIENTS, DEMO_SEED, clock);
            }
            return Practice.open(demo, clock);
        }, this::showUnlessItIsReal, this::demoFailed));
    }

    /** A file in the demo's place that is not a demo is somebody's data: never show it as one. */
    private void showUnlessItIsReal(Practice practice) {
        if (!practice.isDemo()) {
            Path file = practice.file();
            practice.close();
            demoFailed(new NotADemoFileException(file));
            return;
        }
        showOrFail(practice, null);
    }

    private void demoFailed(Throwable error) {
        String text = error instanceof DatabaseOpenException e ? messages.get(e.problem().messageKey())
                : error instanceof NotADemoFileException n ? messages.get("demo.notDemo", n.file())
                : UserErrors.describe(error, messages);
        dialogs.error(messages.get("error.title"), text);
    }

    @Override
    public void openOwnPractice() {
        window.whenSettled(() -> open(ownFile));
    }

    @Override
    public void openFile(Path file) {
        if (window == null || file.toAbsolutePath().equals(window.practice().file().toAbsolutePath())) {
            return;
        }
        window.whenSettled(() -> executor.run(() -> Practice.open(file, clock), practice -> {
            ownFile = practice.file();
            remember(preferences.withFile(practice.file().toAbsolutePath()));
            showOrFail(practice, null);
        }, error -> otherFileRefused(file, error)));
    }

    /** Another file could not be opened: she is told which and why, and the practice she had stays open. */
    private void otherFileRefused(Path file, Throwable error) {
        String why = error instanceof DatabaseOpenException e ? messages.get(e.problem().messageKey())
                : UserErrors.describe(error, messages);
        dialogs.error(messages.get("error.title"),
                messages.get("settings.file.refused", file.toAbsolutePath(), why));
    }

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public void changeTheme(Theme chosen) {
        theme = chosen;
        chosen.apply();
        remember(preferences.withTheme(chosen.code()));
    }

    /**
     * The window is built anew in {@code language} over the same open practice, once notes and
     * card edits are saved: the file stays open, the lock stays unlocked, and the same screen
     * comes back.
     */
    @Override
    public void changeLanguage(Language language) {
        if (window == null || language == messages.language()) {
            remember(preferences.withLanguage(language.code()));
            return;
        }
        MainWindow leaving = window;
        // Remembered only once it happens: "stay" on a question about unsaved edits keeps both as they were.
        leaving.whenSettled(() -> {
            remember(preferences.withLanguage(language.code()));
            Locale.setDefault(language.locale());
            Locale.setDefault(Locale.Category.FORMAT, language.formats());
            messages = Messages.of(language);
            dates = new DateFormats(language);
            dialogs = new Dialogs(messages);
            dialogs.setOwner(stage);
            leaving.stopBackups();
            MainWindow shown = new MainWindow(leaving.practice(), messages, dates, executor, dialogs, this);
            shown.startOn(leaving.shownArea() == null ? Area.TODAY : leaving.shownArea());
            window = shown;
            scene.setRoot(shown.root());
            shown.installShortcuts(scene, false);
            stage.titleProperty().bind(shown.title());
            shown.load(() -> { });
        });
    }

    /** Keeps {@code changed} as this computer's preferences; a failure to write costs only the choice. */
    private void remember(Preferences changed) {
        preferences = changed;
        try {
            preferencesFile.write(changed);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warning("the preferences could not be written: " + e.getClass().getSimpleName());
        }
    }

    /** The window's place and screen, kept on the way out for the next start (not by smoke runs). */
    private void rememberWindow() {
        WindowPlace place = normalBounds == null ? null : normalBounds.place();
        if (options.exitAfterStart() || place == null) {
            return;
        }
        Preferences changed = preferences.withWindow(place);
        if (window != null && window.shownArea() != null && !window.practice().wasEmptyWhenOpened()) {
            changed = changed.withScreen(window.shownArea().name());
        }
        remember(changed);
    }

    /**
     * Restore replaces the open file, so the practice is closed first and its window taken down
     * (nothing may read from it meanwhile); the file is opened again whatever happened, restored
     * or as it was. A demo is never restored over: the restore dialog refuses there.
     */
    @Override
    public void restore(Path backup, Optional<String> passphrase) {
        MainWindow leaving = window;
        if (leaving == null || leaving.practice().isDemo()) {
            return;
        }
        leaving.whenSettled(() -> {
            leaving.stopBackups();
            window = null;
            scene.setRoot(busyPane("restore.window.running", "restoringPane"));
            Practice current = leaving.practice();
            executor.run(() -> PracticeRestore.closeRestoreReopen(current, backup, passphrase, clock),
                    this::reopenedAfterRestore, this::openFailed);
        });
    }

    private void reopenedAfterRestore(PracticeRestore.Outcome outcome) {
        showOrFail(outcome.practice(), null);
        RestoreNotices notices = new RestoreNotices(messages, dates, dialogs);
        outcome.restored().ifPresentOrElse(notices::restored, () -> notices.failed(outcome.failure().orElseThrow()));
    }

    /**
     * Prints "ready in N ms" (from the start of the process) once the main window's first frame
     * with the client list is drawn, then quits: for smoke tests and the start-up benchmark. A
     * pulse's layout runs before it renders; the layout of the pulse after is therefore the
     * first moment the frame is known to be on screen.
     */
    private void reportReadyAfterFirstFrame() {
        afterFirstFrame(() -> {
            System.out.println("ready in " + ProcessClock.millisSinceStart() + " ms");
            System.out.flush();
            quit(0);
        });
    }

    /** Runs {@code action} once the frame now being laid out is on screen (see above). */
    private void afterFirstFrame(Runnable action) {
        Runnable[] pulses = new Runnable[1];
        int[] seen = {0};
        pulses[0] = () -> {
            if (++seen[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(pulses[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(pulses[0]);
        Platform.requestNextPulse();
    }

    /** Ctrl+Q (Cmd+Q on a Mac) closes the app as the window's close button does: saved work first. */
    @Override
    public void quit() {
        if (window == null) {
            quit(0);
        } else {
            window.whenSettled(() -> quit(0));
        }
    }

    private void quit(int status) {
        quitting = true;
        rememberWindow();
        executor.shutdown();
        if (window != null) {
            window.stopBackups();
            // The backup on closing: a checked copy into the backup folder (a failure is logged and
            // shown next time in the status bar, never a reason not to close). A demo has none.
            if (status == 0 && !window.practice().isDemo()) {
                // Out of sight first: a large file's backup takes seconds, and a frozen window looks hung.
                stage.hide();
                window.practice().backups().backUpAutomatically();
            }
            window.practice().close();
        }
        Platform.exit();
        if (status != 0) {
            System.exit(status);
        }
    }
}
