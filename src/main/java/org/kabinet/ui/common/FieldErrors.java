package org.kabinet.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.kabinet.i18n.Messages;

/** Shows a field's problem in a label beside it, and marks the field red while it lasts. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** {@code error} holds a message key, or "" when the field is fine. */
    public static void bind(Label label, StringProperty error, Messages messages, Control... fields) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> error.get().isEmpty() ? "" : messages.get(error.get()), error));
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(error.isNotEmpty());
        error.addListener((obs, old, now) -> {
            for (Control field : fields) {
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty());
            }
        });
    }
}
