package org.kabinet.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.NameOrder;
import org.kabinet.logic.OpeningSnapshot;
import org.kabinet.logic.Practice;
import org.kabinet.ui.backup.BackupAction;
import org.kabinet.ui.clientimport.ImportClientsAction;
import org.kabinet.ui.backup.BackupStatus;
import org.kabinet.ui.backup.RestoreDialog;
import org.kabinet.ui.calendar.WeekCalendarView;
import org.kabinet.ui.clients.ClientsView;
import org.kabinet.ui.clients.ClientsViewModel;
import org.kabinet.ui.common.AppIcons;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.common.Fxml;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.help.GuideWindow;
import org.kabinet.ui.library.LibraryView;
import org.kabinet.ui.lock.AppLock;
import org.kabinet.ui.planner.PlannerView;
import org.kabinet.ui.programs.ProgramsView;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.help.KeyText;
import org.kabinet.ui.help.ShortcutsSheet;
import org.kabinet.ui.report.ProgramReportView;
import org.kabinet.ui.search.SearchWindow;
import org.kabinet.ui.settings.SettingsSection;
import org.kabinet.ui.settings.SettingsWindow;
import org.kabinet.ui.today.TodayView;
import org.kabinet.ui.transfer.JsonExportAction;
import org.kabinet.ui.transfer.JsonImportAction;

/**
 * The main window's content for one open practice: the sidebar with the practice's areas, the
 * area shown (each screen built the first time it is shown), the demo banner and the status bar.
 * An empty practice opens on the clients area, which welcomes; any other on Today.
 */
public final class MainWindow implements Navigator {

    private final Messages messages;
    private final Practice practice;
    private final FxTaskExecutor executor;
    private final PracticeSwitcher switcher;
    private final ScreenContext context;
    /** The status bar's backup line and the daily automatic backup; made with the window. */
    private BackupStatus backups;
    /** The app lock: at start, on Ctrl+L and "Lock now", after the idle time; made with the window. */
    private AppLock appLock;
    private final ClientsViewModel clientsVm;
    /** Built when the clients area is first shown. */
    private ClientsView clientsView;
    /** Built the first time the practice is empty: most files never need it. */
    private WelcomeView welcomeView;
    /** Built the first time she searches. */
    private SearchWindow searchWindow;
    /** Built the first time she asks for it (F1, Help → Keyboard shortcuts). */
    private ShortcutsSheet shortcutsSheet;
    private final Map<Area, Screen> screens = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> navButtons = new EnumMap<>(Area.class);
    private final BorderPane root;
    private Area shown;
    /** Where a practice with clients opens: Today unless {@link #startOn} says otherwise. */
    private Area startArea = Area.TODAY;
    /** The Settings window while it is open (one at a time). */
    private SettingsWindow settingsWindow;
    /** The window's title: the app's name, then the practice's name once it is read. */
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    /** How many calls are due, on the calls area's nav button; hidden while none (or not read yet). */
    private final Label callsBadge = new Label();

    @FXML private ToggleButton todayNav;
    @FXML private ToggleButton callsNav;
    @FXML private ToggleButton clientsNav;
    @FXML private ToggleButton calendarNav;
    @FXML private ToggleButton programsNav;
    @FXML private ToggleButton reportNav;
    @FXML private ToggleButton libraryNav;
    @FXML private StackPane brandIcon;
    @FXML private Button searchButton;
    @FXML private Button backupButton;
    /** Restore, JSON export and import, backup and lock settings: each item is wired by its feature. */
    @FXML private MenuButton dataMenu;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem exportJsonItem;
    @FXML private MenuItem importJsonItem;
    @FXML private MenuItem securityItem;
    @FXML private MenuItem lockNowItem;
    /** The settings window (ui/settings). */
    @FXML private Button settingsButton;
    /** The user guide and the keyboard shortcuts sheet (ui/help). */
    @FXML private MenuButton helpMenu;
    @FXML private MenuItem guideItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private Hyperlink backupStatus;
    @FXML private Label practiceLabel;
    @FXML private HBox demoBanner;
    @FXML private Button leaveDemoButton;
    @FXML private StackPane content;
    @FXML private Label fileLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;

    public MainWindow(Practice practice, Messages messages, DateFormats dates, FxTaskExecutor executor,
            Dialogs dialogs, PracticeSwitcher switcher) {
        this.messages = messages;
        this.practice = practice;
        this.executor = executor;
        this.switcher = switcher;
        Consumer<Throwable> onError = e -> dialogs.error(messages.get("error.title"), UserErrors.describe(e, messages));
        this.context = new ScreenContext(practice, messages, dates, executor, dialogs, this, onError);
        this.clientsVm = new ClientsViewModel(practice, executor, dates, NameOrder.of(messages.locale()), onError);
        this.root = Fxml.load(this, messages);
        title.set(messages.get(practice.isDemo() ? "app.titleDemo" : "app.name"));
    }

    @FXML
    private void initialize() {
        brandIcon.getChildren().add(AppIcons.view(24));
        ToggleGroup group = new ToggleGroup();
        nav(Area.TODAY, todayNav, Icon.TODAY, group);
        nav(Area.CALLS, callsNav, Icon.CALLS, group);
        callsNavWithBadge();
        nav(Area.CLIENTS, clientsNav, Icon.CLIENTS, group);
        nav(Area.CALENDAR, calendarNav, Icon.CALENDAR, group);
        nav(Area.PROGRAMS, programsNav, Icon.PROGRAMS, group);
        nav(Area.REPORT, reportNav, Icon.REPORT, group);
        nav(Area.LIBRARY, libraryNav, Icon.LIBRARY, group);
        searchButton(searchButton);
        searchButton.setOnAction(e -> openSearch());
        Tooltips.set(searchButton, messages.get("search.button.tooltip"));
        new BackupAction(context, null, this::backupsChanged).attach(backupButton);
        backups = new BackupStatus(context, backupStatus);
        new JsonExportAction(context, null).attach(exportJsonItem);
        JsonImportAction jsonImport = new JsonImportAction(context, null, this::reloadAll);
        importJsonItem.setOnAction(e -> whenSettled(jsonImport::importJson));
        dataMenu.setGraphic(Icons.of(Icon.FILE));
        // «Данные и защита» is wider than the sidebar: a second line rather than "…".
        dataMenu.setWrapText(true);
        appLock = new AppLock(practice.appLock(), messages, executor, java.time.Clock.systemDefaultZone(),
                () -> context.pendingSaves().flushAll(() -> { }));
        securityItem.setOnAction(e -> openSettings(SettingsSection.BACKUPS));
        lockNowItem.setOnAction(e -> appLock.lock());
        lockNowItem.disableProperty().bind(appLock.enabled().not());
        restoreItem.setOnAction(e -> new RestoreDialog(context, null, switcher::restore).show());
        settingsButton.setGraphic(Icons.of(Icon.PREFERENCES));
        settingsButton.setOnAction(e -> openSettings(SettingsSection.PRACTICE));
        Tooltips.set(settingsButton, messages.get("settings.open.tooltip"));
        helpMenu.setGraphic(Icons.of(Icon.HELP));
        shortcutsItem.setOnAction(e -> openShortcuts());
        guideItem.setOnAction(e -> GuideWindow.showOver(root.getScene().getWindow(), messages));
        demoBanner.setVisible(practice.isDemo());
        demoBanner.setManaged(practice.isDemo());
        leaveDemoButton.setOnAction(e -> whenSettled(switcher::openOwnPractice));
        practiceLabel.setText(messages.get(practice.isDemo() ? "practice.demo" : "practice.own"));
        fileLabel.setText(messages.get("status.file", practice.file().toAbsolutePath()));
        fileLabel.setGraphic(Icons.of(Icon.FILE));
        busyIndicator.visibleProperty().bind(executor.busy());
        busyLabel.visibleProperty().bind(executor.busy());
    }

    /** "Search" with its shortcut on the right, as a hint that it works from anywhere. */
    private void searchButton(Button button) {
        Label text = new Label(messages.get("search.button"), Icons.of(Icon.SEARCH));
        text.setGraphicTextGap(10);
        Label shortcut = new Label(messages.get("search.button.shortcut"));
        shortcut.getStyleClass().add("sidebar-search-shortcut");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox graphic = new HBox(text, gap, shortcut);
        graphic.setAlignment(Pos.CENTER_LEFT);
        graphic.setMaxWidth(Double.MAX_VALUE);
        button.setText(null);
        button.setGraphic(graphic);
        // The graphic fills the button, so the shortcut sits at its right edge.
        graphic.prefWidthProperty().bind(button.widthProperty().subtract(24));
    }

    /** The calls button's text with the number of calls due at its right, as the search shows its shortcut. */
    private void callsNavWithBadge() {
        Label text = new Label(callsNav.getText(), callsNav.getGraphic());
        // Bound, not copied: the stylesheet sets the gap only after this runs.
        text.graphicTextGapProperty().bind(callsNav.graphicTextGapProperty());
        text.getStyleClass().add("nav-button-text");
        callsBadge.setId("callsBadge");
        callsBadge.getStyleClass().add("nav-badge");
        callsBadge.setVisible(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox graphic = new HBox(text, gap, callsBadge);
        graphic.setAlignment(Pos.CENTER_LEFT);
        callsNav.setText(null);
        callsNav.setGraphic(graphic);
        graphic.prefWidthProperty().bind(callsNav.widthProperty().subtract(28));
    }

    /** Shows how many calls are due on the navigation (0: no number). */
    private void showCallsDue(int due) {
        callsBadge.setText(String.valueOf(due));
        callsBadge.setVisible(due > 0);
    }

    /**
     * Reads how many calls are due, in the background. Called once the client list is in place,
     * so it never delays Today's first frame, and after calls change.
     */
    public void refreshCallsDue() {
        executor.run(() -> practice.followUps().plan(practice.followUps().today()).due(), this::showCallsDue,
                e -> java.util.logging.Logger.getLogger(MainWindow.class.getName())
                        .warning("reading the number of calls due failed"));
    }

    @Override
    public void callsChanged() {
        if (screens.get(Area.CALLS) instanceof PlannerView planner) {
            planner.reload();
        } else {
            refreshCallsDue();
        }
    }

    /** The number on the calls area's nav button, as shown (empty while none is shown; for tests). */
    public String callsBadgeText() {
        return callsBadge.isVisible() ? callsBadge.getText() : "";
    }

    private void nav(Area area, ToggleButton button, Icon icon, ToggleGroup group) {
        navButtons.put(area, button);
        button.setGraphic(Icons.of(icon));
        button.setToggleGroup(group);
        // An area stays selected when clicked again: no toggle may leave the window empty.
        button.setOnAction(e -> {
            button.setSelected(true);
            show(area);
        });
    }

    /**
     * Loads the client list in the background and shows the first screen; {@code then} runs once
     * it is in place.
     */
    public void load(Runnable then) {
        clientsVm.load(() -> {
            reveal(firstArea());
            then.run();
            refreshCallsDue();
            refreshTitle();
            backups.start();
        });
    }

    /**
     * The practice's content changed under every screen (a JSON import into this empty file): the
     * screens are built again and the list is read again. The file stays open, so nothing has to
     * wait for it to be released and opened anew.
     */
    private void reloadAll() {
        screens.clear();
        clientsVm.load(() -> {
            reveal(firstArea());
            refreshCallsDue();
            backups.refresh();
        });
    }

    /** A backup was made from the sidebar: the status bar says when. */
    private void backupsChanged() {
        backups.refresh();
    }

    @Override
    public void openSettings(SettingsSection section) {
        if (settingsWindow != null && settingsWindow.isShowing()) {
            settingsWindow.select(section);
            settingsWindow.toFront();
            return;
        }
        settingsWindow = SettingsWindow.open(context, switcher, section, this::settingsChanged);
    }

    /** The settings were saved: the title, the status bar, the lock and the calls due follow them. */
    private void settingsChanged() {
        appLock.settingsChanged();
        backups.refresh();
        callsChanged();
        refreshTitle();
    }

    /** The window's title: "Kabinet — the practice's name" once read; a demo always says it is one. */
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    private void refreshTitle() {
        if (practice.isDemo()) {
            return;
        }
        executor.run(() -> practice.settings().practiceName(), name -> title.set(name.isEmpty()
                ? messages.get("app.name") : messages.get("settings.windowTitle", messages.get("app.name"), name)),
                e -> java.util.logging.Logger.getLogger(MainWindow.class.getName())
                        .warning("reading the practice's name failed"));
    }

    /** The window is closing: no more daily backups (nor idle checks, nor its search window). */
    public void stopBackups() {
        backups.stop();
        appLock.stop();
        if (settingsWindow != null) {
            settingsWindow.close();
        }
        if (searchWindow != null) {
            searchWindow.hide();
        }
        if (shortcutsSheet != null) {
            shortcutsSheet.hide();
        }
    }

    /**
     * The screen to open on instead of Today (the one shown when the app last closed); an empty
     * practice still opens on its welcome.
     */
    public void startOn(Area area) {
        startArea = area;
    }

    public AppLock appLock() {
        return appLock;
    }

    /**
     * Shows the first screen at once, before the client list has been read: Today needs only its
     * own few sessions. The list follows with {@link #showList}.
     */
    public void showFirst(Runnable then) {
        reveal(firstArea(), then);
    }

    /** Shows the client list read with the file at start-up. */
    public void showList(OpeningSnapshot snapshot) {
        clientsVm.show(snapshot, () -> {
            if (shown == Area.CLIENTS) {
                reveal(Area.CLIENTS);
            }
            refreshCallsDue();
            refreshTitle();
            backups.start();
        });
    }

    /** An empty practice opens on the clients area, which welcomes; any other on Today. */
    private Area firstArea() {
        boolean empty = clientsVm.list().loaded().get() ? clientsVm.list().all().isEmpty()
                : practice.wasEmptyWhenOpened();
        return empty ? Area.CLIENTS : startArea;
    }

    @Override
    public void show(Area area) {
        if (area != Area.CLIENTS && shown == Area.CLIENTS && clientsView != null) {
            // Leaving the card with unsaved edits asks first, as everywhere else.
            clientsView.whenSettled(() -> reveal(area));
            return;
        }
        reveal(area);
    }

    private void reveal(Area area) {
        reveal(area, () -> { });
    }

    /** Shows {@code area}; {@code filled} runs once it shows what it read. */
    private void reveal(Area area, Runnable filled) {
        shown = area;
        navButtons.get(area).setSelected(true);
        if (area == Area.CLIENTS) {
            content.getChildren().setAll(clients().root());
            if (welcomeView != null) {
                content.getChildren().add(welcomeView.root());
            }
            if (clientsVm.list().all().isEmpty()) {
                showWelcome(true);
            } else {
                clientsView.focusSearch();
            }
            filled.run();
            return;
        }
        Screen screen = screens.computeIfAbsent(area, this::build);
        content.getChildren().setAll(screen.root());
        screen.shown(filled);
    }

    private Screen build(Area area) {
        return switch (area) {
            case TODAY -> new TodayView(context);
            case CALLS -> new PlannerView(context, this::showCallsDue);
            case CALENDAR -> new WeekCalendarView(context);
            case PROGRAMS -> new ProgramsView(context);
            case REPORT -> new ProgramReportView(context);
            case LIBRARY -> new LibraryView(context);
            case CLIENTS -> throw new IllegalArgumentException("the clients area is built apart");
        };
    }

    @Override
    public void openClient(long clientId) {
        show(Area.CLIENTS);
        clientsView.open(clientId);
    }

    @Override
    public void openClient(long clientId, CardTab tab, long itemId) {
        show(Area.CLIENTS);
        clientsView.open(clientId, tab, itemId);
    }

    @Override
    public void openLesson(long lessonId) {
        show(Area.PROGRAMS);
        if (screens.get(Area.PROGRAMS) instanceof ProgramsView programs) {
            programs.selectLesson(lessonId);
        }
    }

    /**
     * Opens the search window over this one. When the client list is on screen with words in its
     * filter, the search starts from them: Ctrl+F, which used to go to that filter, then finds the
     * same words everywhere.
     */
    public void openSearch() {
        if (searchWindow == null) {
            searchWindow = new SearchWindow(context, root.getScene().getWindow());
        }
        String start = shown == Area.CLIENTS && clientsView != null ? clientsView.filterText() : "";
        searchWindow.show(start);
    }

    /** Opens the keyboard shortcuts sheet beside this window, or brings it forward. */
    public void openShortcuts() {
        if (shortcutsSheet == null) {
            shortcutsSheet = new ShortcutsSheet(messages, KeyText.ofThisSystem(messages), root.getScene().getWindow());
        }
        shortcutsSheet.show();
    }

    /** The shortcuts sheet, once it has been opened (for tests). */
    public ShortcutsSheet shortcutsSheet() {
        return shortcutsSheet;
    }

    /** The search window, once it has been opened (for tests). */
    public SearchWindow searchWindow() {
        return searchWindow;
    }

    /** The clients screen, built the first time it is needed. */
    private ClientsView clients() {
        if (clientsView == null) {
            clientsView = new ClientsView(clientsVm, context);
            BooleanBinding welcome = Bindings.createBooleanBinding(
                    () -> clientsVm.list().loaded().get() && clientsVm.list().all().isEmpty()
                            && clientsVm.card().original().get() == null,
                    clientsVm.list().loaded(), clientsVm.list().all(), clientsVm.card().original());
            clientsView.root().visibleProperty().bind(welcome.not());
            welcome.addListener((obs, was, now) -> showWelcome(now));
        }
        return clientsView;
    }

    private void showWelcome(boolean show) {
        if (show && welcomeView == null) {
            welcomeView = new WelcomeView(messages, practice.file(), this::newClient,
                    () -> new ImportClientsAction(context, () -> clientsVm.load(() -> { })).open(), this::openDemo);
            if (shown == Area.CLIENTS) {
                content.getChildren().add(welcomeView.root());
            }
        }
        if (welcomeView != null) {
            welcomeView.root().setVisible(show);
            if (show) {
                welcomeView.focus();
            }
        }
    }

    /** Writing the demo takes a few seconds: the welcome shows it is being prepared. */
    private void openDemo() {
        welcomeView.preparingDemo(executor.busy());
        switcher.openDemo();
    }

    private void newClient() {
        show(Area.CLIENTS);
        clientsView.newClient();
    }

    /**
     * F1 the shortcuts sheet (ui/help/ShortcutList lists every key: add new ones there), Ctrl+N
     * new client, Ctrl+K or Ctrl+F search everything, Ctrl+S save, Esc cancel, Ctrl+1…7 the
     * areas, Ctrl+, the settings, Ctrl+Q quits (Cmd on a Mac). The client list's own filter is reached by a click, by Tab, and comes
     * into focus whenever the clients area is shown. Ctrl+L locks; with the lock on, the window
     * locks here at once, before its content is ever drawn.
     */
    public void installShortcuts(Scene scene) {
        installShortcuts(scene, true);
    }

    /**
     * As {@link #installShortcuts(Scene)}; {@code lockAtOnce} false for a window built again in
     * the same session (another language), which she has already unlocked.
     */
    public void installShortcuts(Scene scene, boolean lockAtOnce) {
        var accelerators = scene.getAccelerators();
        accelerators.clear();
        accelerators.put(new KeyCodeCombination(KeyCode.F1), this::openShortcuts);
        // Before the lock attaches: the lock screen takes every shortcut off, Ctrl+Q too (quitting
        // asks about unsaved work, and that question would show a client's name over the lock).
        accelerators.put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), switcher::quit);
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newClient);
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::openSearch);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::openSearch);
        accelerators.put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                () -> openSettings(SettingsSection.PRACTICE));
        accelerators.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (shown == Area.CLIENTS) {
                clientsView.save();
            }
        });
        accelerators.put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            if (shown == Area.CLIENTS) {
                clientsView.cancel();
            }
        });
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (Area area : Area.values()) {
            accelerators.put(new KeyCodeCombination(digits[area.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> show(area));
        }
        appLock.attach(scene, lockAtOnce);
    }

    /**
     * Runs {@code proceed} once nothing unsaved is at risk: notes typed a moment ago are written
     * first, then the card's edits and every built screen's forms (a lesson, an exercise) are saved
     * or discarded by the user, one after another. Staying anywhere cancels the whole step.
     */
    public void whenSettled(Runnable proceed) {
        context.pendingSaves().flushAll(() -> {
            Runnable screensThen = () -> SettleScreens.inTurn(screens, shown, this::bringForward, proceed);
            if (clientsView == null) {
                screensThen.run();
            } else {
                clientsView.whenSettled(screensThen);
            }
        });
    }

    /** Shows a built screen as it was left, without reading it again (that could replace her edits). */
    private void bringForward(Area area) {
        shown = area;
        navButtons.get(area).setSelected(true);
        content.getChildren().setAll(screens.get(area).root());
    }

    public Area shownArea() {
        return shown;
    }

    public BorderPane root() {
        return root;
    }

    public Practice practice() {
        return practice;
    }
}
