package org.kabinet.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.kabinet.i18n.Messages;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.OpenProblem;
import org.kabinet.ui.common.Dialogs;

/**
 * Says why a practice file could not be opened (it was left exactly as it was) and lets the
 * user choose another file or quit. Kabinet never starts empty in place of a file it refused.
 */
public final class OpenProblemDialog {

    private final Messages messages;
    private final Dialogs dialogs;

    public OpenProblemDialog(Messages messages, Dialogs dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** The file the user chose instead, or empty to quit. */
    public Optional<Path> ask(DatabaseOpenException problem) {
        String text = messages.get(problem.problem().messageKey()) + "\n\n"
                + messages.get("open.file", problem.file().toAbsolutePath())
                + (problem.problem() == OpenProblem.LOCKED ? "" : "\n\n" + messages.get("open.untouched"));
        ButtonType other = dialogs.button("open.chooseOther", ButtonData.OK_DONE);
        ButtonType quit = dialogs.button("open.quit", ButtonData.CANCEL_CLOSE);
        Alert alert = dialogs.alert(AlertType.ERROR, messages.get("open.title"), text, other, quit);
        if (alert.showAndWait().filter(other::equals).isEmpty()) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("open.chooseOther"));
        File parent = problem.file().toAbsolutePath().getParent().toFile();
        if (parent.isDirectory()) {
            chooser.setInitialDirectory(parent);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("open.filter"), "*.db"));
        File chosen = chooser.showOpenDialog(dialogs.owner());
        return chosen == null ? Optional.empty() : Optional.of(chosen.toPath());
    }
}
