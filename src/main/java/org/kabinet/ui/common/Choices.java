package org.kabinet.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.kabinet.i18n.Messages;

/** Combo boxes of enum values (or other items) shown in the user's language. */
public final class Choices {

    private Choices() {
    }

    /**
     * Fills {@code combo} with {@code values}, labelled by {@link Messages#of(Enum)}; with
     * {@code allowNone}, the first item is "—" for "not stated".
     */
    @SafeVarargs
    public static <E extends Enum<E>> void ofEnum(ComboBox<E> combo, Messages messages, boolean allowNone, E... values) {
        List<E> items = new ArrayList<>();
        if (allowNone) {
            items.add(null);
        }
        items.addAll(Arrays.asList(values));
        combo.getItems().setAll(items);
        labelled(combo, v -> v == null ? messages.get("choice.none") : messages.of(v));
    }

    /** Shows items with {@code label}, in the list and in the button. */
    public static <T> void labelled(ComboBox<T> combo, Function<T, String> label) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return combo.getItems().stream().filter(i -> label.apply(i).equals(text)).findFirst().orElse(null);
            }
        });
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
    }
}
