package org.kabinet.ui.settings;

import java.io.File;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.AppLockService;
import org.kabinet.ui.main.ScreenContext;

/**
 * The Settings window's backups-and-lock section: where automatic backups go and when the last
 * good one was made, whether backups are encrypted (with a plain word on what a forgotten
 * passphrase means), and the app lock with its idle time. Problems are said beside their fields.
 */
final class SecurityPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScreenContext context;
    private final Messages messages;
    private final SecuritySettingsViewModel vm;
    private final VBox root = new VBox(10);

    SecurityPane(ScreenContext context, SecuritySettingsViewModel vm) {
        this.context = context;
        this.messages = context.messages();
        this.vm = vm;
    }

    /** Builds the section once the settings are read (what it offers depends on them: the lock's current passphrase). */
    Node build() {
        root.getChildren().setAll(heading("security.backups"), backups(), new Separator(),
                heading("security.encryption"), encryption(), new Separator(), heading("security.lock"), lock());
        return root;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private Node backups() {
        Label where = new Label();
        where.setId("backupFolderLabel");
        where.setWrapText(true);
        where.textProperty().bind(Bindings.createStringBinding(() -> vm.folder.get() == null ? ""
                : vm.folder.get().toString(), vm.folder));
        Button choose = new Button(messages.get("security.folder.choose"));
        choose.setId("chooseBackupFolderButton");
        choose.setOnAction(e -> chooseFolder());
        Button byDefault = new Button(messages.get("security.folder.default"));
        byDefault.setId("defaultBackupFolderButton");
        byDefault.disableProperty().bind(vm.folderIsDefault);
        byDefault.setOnAction(e -> vm.useDefaultFolder());
        Label last = new Label(vm.lastGood.get().map(at -> {
            LocalDateTime t = LocalDateTime.ofInstant(at, ZoneId.systemDefault());
            return messages.get("security.lastBackup", context.dates().format(t.toLocalDate()) + " " + TIME.format(t));
        }).orElse(messages.get("security.lastBackup.never")));
        last.setId("lastBackupLabel");
        last.getStyleClass().add("text-muted");
        return new VBox(6, wrapped(messages.get("security.folder")), where, new HBox(8, choose, byDefault), last);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("security.folder.chooser"));
        File start = vm.folder.get().toFile();
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            vm.chooseFolder(chosen.toPath());
        }
    }

    private Node encryption() {
        CheckBox on = new CheckBox(messages.get("security.encrypt"));
        on.setId("encryptBackupsCheck");
        on.selectedProperty().bindBidirectional(vm.encrypt);
        Label warning = wrapped(messages.get("security.encrypt.explain"));
        GridPane grid = grid();
        PasswordField first = field("backupPassphraseField", vm.backupPassphrase);
        PasswordField second = field("backupRepeatField", vm.backupRepeat);
        grid.addRow(0, new Label(messages.get(vm.wasEncrypted() ? "security.passphrase.new" : "security.passphrase")),
                first);
        grid.addRow(1, new Label(messages.get("security.passphrase.repeat")), second);
        grid.add(error("backupPassphraseError", vm.backupError), 1, 2);
        grid.disableProperty().bind(vm.encrypt.not());
        VBox box = new VBox(6, on, warning, grid);
        if (vm.wasEncrypted()) {
            box.getChildren().add(muted(messages.get("security.encrypt.keep")));
        }
        return box;
    }

    private Node lock() {
        CheckBox on = new CheckBox(messages.get("security.lock.on"));
        on.setId("lockCheck");
        on.selectedProperty().bindBidirectional(vm.lockOn);
        Label explain = wrapped(messages.get("security.lock.explain"));
        GridPane grid = grid();
        int row = 0;
        if (vm.lockWasOn()) {
            // Turning the lock off or changing its passphrase asks for the one she has.
            grid.addRow(row++, new Label(messages.get("security.lock.current")),
                    field("lockCurrentField", vm.lockCurrent));
            grid.add(error("lockCurrentError", vm.lockCurrentError), 1, row++);
        }
        PasswordField first = field("lockPassphraseField", vm.lockPassphrase);
        PasswordField second = field("lockRepeatField", vm.lockRepeat);
        first.disableProperty().bind(vm.lockOn.not());
        second.disableProperty().bind(vm.lockOn.not());
        grid.addRow(row++, new Label(messages.get(vm.lockWasOn() ? "security.passphrase.new" : "security.passphrase")),
                first);
        grid.addRow(row++, new Label(messages.get("security.passphrase.repeat")), second);
        grid.add(error("lockPassphraseError", vm.lockError), 1, row++);
        Spinner<Integer> minutes = idleSpinner();
        minutes.disableProperty().bind(vm.lockOn.not());
        HBox idle = new HBox(8, minutes, new Label(messages.get("security.lock.minutes")));
        idle.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(row++, new Label(messages.get("security.lock.after")), idle);
        grid.add(error("lockIdleError", vm.idleError), 1, row);
        VBox box = new VBox(6, on, explain, grid);
        if (vm.lockWasOn()) {
            box.getChildren().add(muted(messages.get("security.lock.keep")));
        }
        return box;
    }

    private Spinner<Integer> idleSpinner() {
        int start = Integer.parseInt(vm.idleMinutes.get());
        Spinner<Integer> spinner = new Spinner<>(new IntegerSpinnerValueFactory(AppLockService.MIN_IDLE_MINUTES,
                AppLockService.MAX_IDLE_MINUTES, start));
        spinner.setId("lockIdleSpinner");
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        // What she types counts even before Enter: Save reads the text, and says when it is no number.
        spinner.getEditor().setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        spinner.getEditor().textProperty().bindBidirectional(vm.idleMinutes);
        return spinner;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 0, 0, 28));
        return grid;
    }

    private static PasswordField field(String id, StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label error(String id, StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(380);
        label.textProperty().bind(text);
        label.managedProperty().bind(text.isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(580);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
