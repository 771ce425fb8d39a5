package org.kabinet.ui.common;

import org.kabinet.i18n.Messages;
import org.kabinet.model.Source;

/** How a source reads on screen: her own name for it, or the built-in one in the user's language. */
public final class SourceLabels {

    private SourceLabels() {
    }

    public static String label(Source source, Messages messages) {
        return source.hasOwnName() ? source.name() : messages.get("source." + source.code());
    }
}
