package org.kabinet.ui.main;

import java.io.File;
import java.nio.file.Files;
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
 * Says why a practice file could not be opened (it was left exactly as it was, or it is not
 * there) and lets the user choose another file or quit. Kabinet never starts empty in place of a
 * file it refused or could not find.
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
        return chooseNear(problem.file());
    }

    /**
     * The file she opened last is not there (a USB stick not plugged in, a network folder away):
     * she may plug it in and try again, choose another file, open the practice in the usual place
     * ({@code usual}), or quit. Kabinet never starts an empty practice in the missing one's stead
     * unasked: her records would end up split over two files. Empty: quit.
     */
    public Optional<Path> askMissing(Path remembered, Path usual) {
        ButtonType retry = dialogs.button("open.gone.retry", ButtonData.OK_DONE);
        ButtonType other = dialogs.button("open.chooseOther", ButtonData.OTHER);
        ButtonType here = dialogs.button("open.gone.usual", ButtonData.OTHER);
        ButtonType quit = dialogs.button("open.quit", ButtonData.CANCEL_CLOSE);
        while (true) {
            Alert alert = dialogs.alert(AlertType.WARNING, messages.get("open.gone.title"),
                    messages.get("open.gone", remembered.toAbsolutePath(), usual.toAbsolutePath()),
                    retry, other, here, quit);
            // Four buttons with whole words in either language.
            alert.getDialogPane().setMinWidth(760);
            ButtonType answer = alert.showAndWait().orElse(quit);
            if (answer == retry && Files.isRegularFile(remembered)) {
                return Optional.of(remembered);
            } else if (answer == other) {
                return chooseNear(remembered);
            } else if (answer == here) {
                return Optional.of(usual);
            } else if (answer == quit) {
                return Optional.empty();
            }
        }
    }

    private Optional<Path> chooseNear(Path file) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("open.chooseOther"));
        Path parentPath = file.toAbsolutePath().getParent();
        if (parentPath != null && parentPath.toFile().isDirectory()) {
            chooser.setInitialDirectory(parentPath.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("open.filter"), "*.db"));
        File chosen = chooser.showOpenDialog(dialogs.owner());
        return chosen == null ? Optional.empty() : Optional.of(chosen.toPath());
    }
}
