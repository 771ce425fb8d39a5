package org.kabinet.ui.session;

import java.util.function.Consumer;
import org.kabinet.model.Session;
import org.kabinet.ui.main.ScreenContext;

/** The dialog that plans a new session or edits one, past or planned. */
public final class SessionDialog {

    private SessionDialog() {
    }

    /**
     * Opens the dialog on {@code session} (id 0: a new one; client id 0: she picks the client);
     * {@code onSaved} gets the session as saved.
     */
    public static void edit(ScreenContext context, Session session, Consumer<Session> onSaved) {
        throw new UnsupportedOperationException("not built yet");
    }
}
