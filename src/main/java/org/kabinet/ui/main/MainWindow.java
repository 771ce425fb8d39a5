package org.kabinet.ui.main;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.NameOrder;
import org.kabinet.logic.OpeningSnapshot;
import org.kabinet.logic.Practice;
import org.kabinet.ui.clients.ClientsView;
import org.kabinet.ui.clients.ClientsViewModel;
import org.kabinet.ui.common.AppIcons;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.common.Fxml;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.UserErrors;

/**
 * The main window's content for one open practice: the navigation, the clients screen (or the
 * welcome screen of an empty practice), the demo banner and the status bar.
 */
public final class MainWindow {

    private final Messages messages;
    private final Practice practice;
    private final Dialogs dialogs;
    private final FxTaskExecutor executor;
    private final PracticeSwitcher switcher;
    private final ClientsViewModel clientsVm;
    private final ClientsView clientsView;
    /** Built the first time the practice is empty: most files never need it. */
    private WelcomeView welcomeView;
    private final BorderPane root;

    @FXML private ToggleButton clientsNav;
    @FXML private StackPane brandIcon;
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
        this.dialogs = dialogs;
        this.executor = executor;
        this.switcher = switcher;
        Consumer<Throwable> onError = e -> dialogs.error(messages.get("error.title"), UserErrors.describe(e, messages));
        this.clientsVm = new ClientsViewModel(practice, executor, dates, NameOrder.of(messages.locale()), onError);
        this.clientsView = new ClientsView(clientsVm, messages, dates, dialogs);
        this.root = Fxml.load(this, messages);
    }

    @FXML
    private void initialize() {
        brandIcon.getChildren().add(AppIcons.view(24));
        clientsNav.setGraphic(Icons.of(Icon.CLIENTS));
        // The only area so far; a toggle that can be switched off would leave an empty window.
        clientsNav.setOnAction(e -> clientsNav.setSelected(true));
        demoBanner.setVisible(practice.isDemo());
        demoBanner.setManaged(practice.isDemo());
        leaveDemoButton.setOnAction(e -> clientsView.whenSettled(switcher::openOwnPractice));
        practiceLabel.setText(messages.get(practice.isDemo() ? "practice.demo" : "practice.own"));
        fileLabel.setText(messages.get("status.file", practice.file().toAbsolutePath()));
        fileLabel.setGraphic(Icons.of(Icon.FILE));
        busyIndicator.visibleProperty().bind(executor.busy());
        busyLabel.visibleProperty().bind(executor.busy());

        BooleanBinding welcome = Bindings.createBooleanBinding(
                () -> clientsVm.list().loaded().get() && clientsVm.list().all().isEmpty()
                        && clientsVm.card().original().get() == null,
                clientsVm.list().loaded(), clientsVm.list().all(), clientsVm.card().original());
        content.getChildren().setAll(clientsView.root());
        clientsView.root().visibleProperty().bind(welcome.not());
        welcome.addListener((obs, was, now) -> showWelcome(now));
    }

    private void showWelcome(boolean show) {
        if (show && welcomeView == null) {
            welcomeView = new WelcomeView(messages, practice.file(), clientsView::newClient, switcher::openDemo);
            content.getChildren().add(welcomeView.root());
        }
        if (welcomeView != null) {
            welcomeView.root().setVisible(show);
            if (show) {
                welcomeView.focus();
            }
        }
    }

    /** Loads the practice in the background; {@code then} runs once the list is on screen. */
    public void load(Runnable then) {
        clientsVm.load(() -> loaded(then));
    }

    /** Shows what was read with the file at start-up; {@code then} runs once it is on screen. */
    public void show(OpeningSnapshot snapshot, Runnable then) {
        clientsVm.show(snapshot, () -> loaded(then));
    }

    private void loaded(Runnable then) {
        if (clientsVm.list().all().isEmpty()) {
            showWelcome(true);
        } else {
            clientsView.focusSearch();
        }
        then.run();
    }

    /** Ctrl+N new client, Ctrl+F search, Ctrl+S save, Esc cancel (Cmd on a Mac). */
    public void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.clear();
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), clientsView::newClient);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), clientsView::focusSearch);
        accelerators.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), clientsView::save);
        accelerators.put(new KeyCodeCombination(KeyCode.ESCAPE), clientsView::cancel);
    }

    /** Runs {@code proceed} once nothing unsaved is at risk (the user saved or discarded it). */
    public void whenSettled(Runnable proceed) {
        clientsView.whenSettled(proceed);
    }

    public BorderPane root() {
        return root;
    }

    public Practice practice() {
        return practice;
    }
}
