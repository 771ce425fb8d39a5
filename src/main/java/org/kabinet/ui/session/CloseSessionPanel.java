package org.kabinet.ui.session;

import org.kabinet.ui.main.ScreenContext;

/**
 * The panel for the routine after a session: mark it done (its lesson with it), book the next
 * one, update "next time, ask about…". Opened from Today and from the card.
 */
public final class CloseSessionPanel {

    private CloseSessionPanel() {
    }

    /** Opens the panel for {@code sessionId}; {@code onClosed} runs after it was saved. */
    public static void open(ScreenContext context, long sessionId, Runnable onClosed) {
        throw new UnsupportedOperationException("not built yet");
    }
}
