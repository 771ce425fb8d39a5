package org.kabinet.ui.common;

import org.kabinet.export.ExportException;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.ClientGoneException;
import org.kabinet.logic.RuleException;
import org.kabinet.storage.StorageException;

/** Turns whatever went wrong in the background into one sentence the user can act on. */
public final class UserErrors {

    private UserErrors() {
    }

    public static String describe(Throwable error, Messages messages) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof StorageException) && !(e instanceof ClientGoneException)
                && !(e instanceof RuleException) && !(e instanceof ExportException)) {
            e = e.getCause();
        }
        if (e instanceof RuleException re) {
            return messages.get(re.messageKey(), re.args());
        }
        if (e instanceof ExportException ee) {
            return messages.get(ee.messageKey(), ee.args());
        }
        if (e instanceof StorageException se) {
            return messages.get(se.messageKey());
        }
        if (e instanceof ClientGoneException) {
            return messages.get("error.clientGone");
        }
        return messages.get("error.unexpected");
    }
}
