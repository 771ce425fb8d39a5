package org.kabinet.ui.clients;

import java.util.List;
import java.util.stream.Collectors;
import org.kabinet.i18n.Messages;
import org.kabinet.model.PossibleDuplicate;
import org.kabinet.ui.common.Dialogs;

/** "There is already an Olga Ivanova born on…": asks whether this card is someone else. */
final class DuplicateQuestion {

    private final Dialogs dialogs;
    private final Messages messages;

    DuplicateQuestion(Dialogs dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    boolean saveAnyway(List<PossibleDuplicate> duplicates) {
        String list = duplicates.stream()
                .map(d -> "• " + d.name().full() + " — " + messages.of(d.reason()))
                .collect(Collectors.joining("\n"));
        return dialogs.confirm(messages.get("duplicate.title"), messages.get("duplicate.text", list),
                "duplicate.saveAnyway");
    }
}
