package org.kabinet.ui.settings;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.main.PracticeSwitcher;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.rules.RulesPane;

/**
 * The Settings window: the sections on the left, the one chosen on the right, one Save (Enter,
 * Ctrl+S) and Cancel (Esc) for all of them. Save closes the window only once everything is
 * checked and written; a problem shows its section with the message beside its field. While a
 * save runs, Cancel, Esc and the close box wait for it.
 */
public final class SettingsWindow {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ScreenContext context;
    private final Messages messages;
    private final PracticeSwitcher switcher;
    private final Runnable onSaved;
    private final SettingsViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    /** Its own dialogs, so that questions asked from here stand over this window, not behind it. */
    private final Dialogs dialogs;
    private final Map<SettingsSection, ToggleButton> tabs = new EnumMap<>(SettingsSection.class);
    private final Map<SettingsSection, Node> panes = new EnumMap<>(SettingsSection.class);
    private final Label heading = new Label();
    private final ScrollPane body = new ScrollPane();
    private final ButtonType save;

    private SettingsWindow(ScreenContext context, PracticeSwitcher switcher, Runnable onSaved) {
        this.context = context;
        this.messages = context.messages();
        this.switcher = switcher;
        this.onSaved = onSaved;
        this.dialogs = new Dialogs(messages);
        this.vm = new SettingsViewModel(context.practice(), messages, context.executor(), context.onError(), switcher);
        dialog.setTitle(messages.get("settings.title"));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("settingsWindow");
        pane.getStyleClass().add("settings-window");
        pane.getStylesheets().add(SettingsWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        // The dialog sizes itself to the pane's minimum here, not its preferred size: roomy, but never past the screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        pane.setMinSize(Math.min(920, screen.getWidth() * 0.9), Math.min(620, screen.getHeight() * 0.85));
        save = context.dialogs().button("button.save", ButtonData.OK_DONE);
        ButtonType cancel = context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("settingsSaveButton");
        saveButton.disableProperty().bind(vm.saving);
        // While a save runs she cannot leave: a window closed half-way would still switch the language after.
        saveButton.textProperty().bind(javafx.beans.binding.Bindings.when(vm.saving)
                .then(messages.get("settings.saving")).otherwise(save.getText()));
        Node cancelButton = pane.lookupButton(cancel);
        cancelButton.setId("settingsCancelButton");
        cancelButton.disableProperty().bind(vm.saving);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            save(() -> {
                onSaved.run();
                vm.applyLanguage();
            });
        });
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                saveButton.fire();
            } else if (e.getCode() == KeyCode.ESCAPE && vm.saving.get()) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> {
            javafx.stage.Window window = pane.getScene().getWindow();
            dialogs.setOwner(window);
            // The close box too waits for the save; close() (the practice is closing) still closes.
            window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, request -> {
                if (vm.saving.get()) {
                    request.consume();
                }
            });
            centreOnOwner();
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != save) {
                vm.cancelled();
            }
        });
    }

    /**
     * Opens the window on {@code section} once the settings are read; {@code onSaved} runs after
     * she saved them (before the window is rebuilt in another language, if she chose one).
     */
    public static SettingsWindow open(ScreenContext context, PracticeSwitcher switcher, SettingsSection section,
            Runnable onSaved) {
        SettingsWindow window = new SettingsWindow(context, switcher, onSaved);
        window.vm.load(() -> {
            window.dialog.getDialogPane().setContent(window.content());
            window.select(section);
            window.dialog.show();
        });
        return window;
    }

    /** Shows {@code section} (the window stays open). */
    public void select(SettingsSection section) {
        ToggleButton tab = tabs.get(section);
        if (tab != null) {
            tab.setSelected(true);
            heading.setText(messages.get(section.titleKey()));
            body.setContent(panes.get(section));
            body.setVvalue(0);
        }
    }

    public boolean isShowing() {
        return dialog.isShowing();
    }

    /** Brings the open window to the front. */
    public void toFront() {
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow()
                instanceof javafx.stage.Stage stage) {
            stage.toFront();
        }
    }

    /**
     * Centres the window over the main window and keeps it on the screen: the dialog places
     * itself by a size it has before its minimum applies, and then hangs off the screen's bottom.
     */
    private void centreOnOwner() {
        javafx.stage.Window window = dialog.getDialogPane().getScene().getWindow();
        javafx.stage.Window owner = window instanceof javafx.stage.Stage s ? s.getOwner() : null;
        if (owner == null) {
            return;
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double x = owner.getX() + (owner.getWidth() - window.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - window.getHeight()) / 2;
        window.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - window.getHeight())));
    }

    /** Closes the window without saving (the practice it shows is closing). */
    public void close() {
        dialog.close();
    }

    private Node content() {
        SettingsPanes small = new SettingsPanes(messages, vm);
        panes.put(SettingsSection.PRACTICE, small.practice());
        panes.put(SettingsSection.APPEARANCE, small.appearance());
        panes.put(SettingsSection.DATA_FILE, new DataFilePane(messages, dialogs, context.practice().file(),
                this::saveAndOpen).build());
        panes.put(SettingsSection.BACKUPS, new SecurityPane(context, vm.security).build());
        panes.put(SettingsSection.RULES, new RulesPane(messages, vm.rules).build());
        panes.put(SettingsSection.SHEETS, small.sheets());
        panes.values().forEach(p -> p.getStyleClass().add("settings-section"));
        ToggleGroup group = new ToggleGroup();
        VBox list = new VBox(2);
        list.setId("settingsSections");
        list.getStyleClass().add("settings-sections");
        for (SettingsSection section : SettingsSection.values()) {
            ToggleButton tab = new ToggleButton(messages.get(section.titleKey()));
            tab.setId("settingsSection-" + section.name());
            // Looks like the main window's sidebar, so the sections read as places, not as commands.
            tab.getStyleClass().addAll("nav-button", "settings-section-button");
            tab.setMaxWidth(Double.MAX_VALUE);
            tab.setToggleGroup(group);
            // A section stays chosen when clicked again: the right side is never empty.
            tab.setOnAction(e -> select(section));
            tabs.put(section, tab);
            list.getChildren().add(tab);
        }
        heading.setId("settingsHeading");
        heading.getStyleClass().add("title-3");
        body.setFitToWidth(true);
        body.getStyleClass().add("edge-to-edge");
        VBox right = new VBox(12, heading, body);
        right.setPadding(new Insets(0, 0, 0, 20));
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        BorderPane root = new BorderPane(right);
        root.setLeft(list);
        return root;
    }

    /** Checks and writes everything; closes the window once written, else shows the section with a problem. */
    private void save(Runnable after) {
        vm.save(() -> {
            dialog.setResult(save);
            dialog.close();
            after.run();
        }).ifPresent(this::select);
    }

    /** "Open another file" and "New practice file": what she changed here is saved first. */
    private void saveAndOpen(Path file) {
        save(() -> {
            onSaved.run();
            vm.applyLanguage();
            switcher.openFile(file);
        });
    }
}
