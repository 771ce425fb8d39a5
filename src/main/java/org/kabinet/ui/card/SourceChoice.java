package org.kabinet.ui.card;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Source;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.SourceLabels;

/** The "source" combo: the sources still offered, plus the card's own if it has been retired. */
final class SourceChoice {

    private SourceChoice() {
    }

    static void bind(ComboBox<Source> combo, ClientCardViewModel vm, Messages messages) {
        Choices.labelled(combo, s -> label(s, messages));
        Runnable refill = () -> {
            Source chosen = vm.source().get();
            var offered = new java.util.ArrayList<Source>();
            offered.add(null);
            vm.sources().stream().filter(s -> !s.retired() || s.equals(chosen)).forEach(offered::add);
            combo.getItems().setAll(offered);
            combo.setValue(chosen);
        };
        vm.sources().addListener((ListChangeListener<Source>) change -> refill.run());
        vm.original().addListener((obs, old, now) -> refill.run());
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != vm.source().get()) {
                vm.source().set(now);
            }
        });
        vm.source().addListener((obs, old, now) -> combo.setValue(now));
        refill.run();
    }

    static String label(Source s, Messages messages) {
        return s == null ? messages.get("choice.none") : SourceLabels.label(s, messages);
    }
}
