package org.kabinet.ui.clients;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Source;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.SourceLabels;

/**
 * The editable list of sources ("how they found her"). Each change is saved at once; a source
 * in use is retired rather than deleted, so old cards keep saying where those clients came from.
 */
final class SourcesDialog {

    private final ClientsViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;

    SourcesDialog(ClientsViewModel vm, Messages messages, Dialogs dialogs) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    void show() {
        ListView<Source> list = new ListView<>(vm.sources());
        list.setId("sourcesList");
        list.setPrefSize(360, 300);
        Label empty = new Label(messages.get("polish.sources.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Source s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                String label = SourceLabels.label(s, messages);
                setText(s.retired() ? label + " — " + messages.get("sources.retired") : label);
                getStyleClass().remove("text-muted");
                if (s.retired()) {
                    getStyleClass().add("text-muted");
                }
            }
        });
        var selected = list.getSelectionModel().selectedItemProperty();

        Button add = new Button(messages.get("sources.add"));
        add.setId("addSourceButton");
        add.setOnAction(e -> ask("sources.add", "").ifPresent(vm::addSource));
        Button rename = new Button(messages.get("sources.rename"));
        rename.setId("renameSourceButton");
        rename.disableProperty().bind(selected.isNull());
        rename.setOnAction(e -> {
            Source s = selected.get();
            ask("sources.rename", SourceLabels.label(s, messages)).ifPresent(name -> vm.renameSource(s.id(), name));
        });
        Button retire = new Button();
        retire.setId("retireSourceButton");
        retire.disableProperty().bind(selected.isNull());
        retire.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                selected.get() != null && selected.get().retired() ? "sources.bringBack" : "sources.retire"), selected));
        retire.setOnAction(e -> vm.setSourceRetired(selected.get().id(), !selected.get().retired()));

        Label hint = new Label(messages.get("sources.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        hint.getStyleClass().add("text-muted");
        VBox content = new VBox(10, hint, list, new HBox(8, add, rename, retire));

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(dialogs.owner());
        dialog.setTitle(messages.get("sources.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(dialogs.button("button.close", ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    private java.util.Optional<String> ask(String titleKey, String initial) {
        return dialogs.askText(messages.get(titleKey), messages.get("sources.name"), initial, "button.ok",
                "sourceNameField").map(String::strip).filter(s -> !s.isEmpty());
    }
}
