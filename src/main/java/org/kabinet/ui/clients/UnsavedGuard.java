package org.kabinet.ui.clients;

import java.util.function.Consumer;
import org.kabinet.model.Client;
import org.kabinet.ui.card.ClientCardViewModel;
import org.kabinet.ui.common.Dialogs;

/**
 * Stands between the user and anything that would replace the open card: unsaved edits are
 * saved, discarded or kept, as the user chooses, before the next step runs.
 */
final class UnsavedGuard {

    private final ClientCardViewModel card;
    private final Dialogs dialogs;
    private final Consumer<Client> onSaved;

    UnsavedGuard(ClientCardViewModel card, Dialogs dialogs, Consumer<Client> onSaved) {
        this.card = card;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
    }

    /**
     * Runs {@code proceed} when there is nothing unsaved, or after the user saves or discards;
     * runs {@code stay} when the user keeps editing. A save that fails validation also stays:
     * the errors are next to their fields.
     */
    void thenProceed(Runnable proceed, Runnable stay) {
        if (!card.dirty().get()) {
            proceed.run();
            return;
        }
        switch (dialogs.askAboutUnsavedChanges()) {
            case SAVE -> {
                card.save(saved -> {
                    onSaved.accept(saved);
                    proceed.run();
                });
                if (card.hasErrors()) {
                    stay.run();
                }
            }
            case DISCARD -> {
                card.revert();
                proceed.run();
            }
            case STAY -> stay.run();
        }
    }
}
