package org.kabinet.ui.backup;

import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.RestoreService;
import org.kabinet.logic.RuleException;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.UserErrors;

/** What she is told once a restore is over and the practice is open again: restored, or not and why. */
public final class RestoreNotices {

    private final Messages messages;
    private final Dialogs dialogs;
    private final RestoreTexts texts;

    public RestoreNotices(Messages messages, DateFormats dates, Dialogs dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.texts = new RestoreTexts(messages, dates);
    }

    /** "Restored the backup of …", where the file as it was is kept, and a way to that folder. */
    public void restored(RestoreService.Restored done) {
        var b = done.backup();
        String when = texts.when(b.madeAt());
        String text = done.safetyCopy()
                .map(copy -> messages.get("restore.window.done", when, b.clients(), b.sessions(), b.notes(),
                        copy.toAbsolutePath()))
                .orElseGet(() -> messages.get("restore.window.doneNoCopy", when, b.clients(), b.sessions(), b.notes()));
        dialogs.written("restoreDone", messages.get("restore.window.done.title"), text, "restore.window.openFolder",
                done.safetyCopy().map(copy -> copy.toAbsolutePath().getParent()).orElse(null));
    }

    /** Nothing was restored: why, and that her practice is open again as it was. */
    public void failed(Throwable error) {
        boolean tookOver = error instanceof RuleException re && re.messageKey().equals("restore.practiceOpen");
        // RestoreService's own words for this are for the command line ("close Kabinet first").
        String why = tookOver ? messages.get("restore.window.practiceOpen") : UserErrors.describe(error, messages);
        Alert alert = dialogs.alert(AlertType.ERROR, messages.get("restore.window.failed.title"),
                messages.get("restore.window.failed", why), dialogs.button("button.ok", ButtonData.OK_DONE));
        alert.getDialogPane().setId("restoreFailedDialog");
        alert.show();
    }
}
