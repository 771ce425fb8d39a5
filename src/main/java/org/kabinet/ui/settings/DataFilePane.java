package org.kabinet.ui.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.Folders;

/**
 * The Settings window's data-file section: where the practice file is (selectable, and shown in
 * its folder), opening another file, and starting a new, empty practice in a file she names.
 */
final class DataFilePane {

    private final Messages messages;
    private final Dialogs dialogs;
    private final Path file;
    /** Saves the settings, closes the window and opens the file given. */
    private final Consumer<Path> open;
    private final VBox root = new VBox(10);

    DataFilePane(Messages messages, Dialogs dialogs, Path file, Consumer<Path> open) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.file = file.toAbsolutePath();
        this.open = open;
    }

    Node build() {
        TextField where = new TextField(file.toString());
        where.setId("dataFilePathField");
        // Read-only but selectable: she may copy the path into a file manager or a message.
        where.setEditable(false);
        where.getStyleClass().add("settings-path");
        Button show = button("showDataFolderButton", "settings.file.show", this::showFolder);
        show.setDisable(!Folders.canOpen() || file.getParent() == null);
        Button other = button("openOtherFileButton", "settings.file.open", this::openOther);
        Button fresh = button("newPracticeFileButton", "settings.file.new", this::newFile);
        FlowPane buttons = new FlowPane(8, 8, show, other, fresh);
        root.getChildren().setAll(new Label(messages.get("settings.file.where")), where, buttons,
                muted("settings.file.hint"));
        return root;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showFolder() {
        Folders.open(file.getParent());
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("settings.file.filter"), "*.db"));
        File folder = file.getParent() == null ? null : file.getParent().toFile();
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private void openOther() {
        File chosen = chooser("settings.file.open.title").showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            open.accept(chosen.toPath());
        }
    }

    private void newFile() {
        FileChooser chooser = chooser("settings.file.new.title");
        chooser.setInitialFileName(messages.get("settings.file.new.name"));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            create(withExtension(chosen.toPath()));
        }
    }

    /** Starts a new practice in {@code target}, after saying plainly what that means. */
    void create(Path target) {
        if (Files.exists(target)) {
            // Never a new practice over a file that is there: it may be somebody's records.
            dialogs.error(messages.get("settings.file.new.title"), messages.get("settings.file.exists", target));
            return;
        }
        if (dialogs.confirm(messages.get("settings.file.new.title"),
                messages.get("settings.file.new.warning", target, file), "settings.file.new.create")) {
            open.accept(target);
        }
    }

    /** A name typed without an ending gets ".db", so that "Open another file" finds it later. */
    static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.contains(".") ? chosen : chosen.resolveSibling(name + ".db");
    }

    private Label muted(String key) {
        Label label = new Label(messages.get(key));
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
