package org.kabinet.ui.notes;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.NoteSection;
import org.kabinet.model.NoteText;
import org.kabinet.model.NoteVersion;
import org.kabinet.ui.main.ScreenContext;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kabinet.ui.common.TabKey;

/**
 * What a note said before each change: the versions, latest first, with when each was written and
 * when a later sitting replaced it; the one picked shows in full (its sections when it had them).
 */
final class NoteHistoryDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScreenContext context;
    private final Messages messages;

    NoteHistoryDialog(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    void show(List<NoteVersion> versions) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("notes.history.title"));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("noteHistoryDialog");
        pane.getStylesheets().add(NoteHistoryDialog.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        pane.getButtonTypes().setAll(context.dialogs().button("button.close", ButtonData.CANCEL_CLOSE));
        pane.lookupButton(pane.getButtonTypes().get(0)).setId("noteHistoryCloseButton");

        ListView<NoteVersion> list = new ListView<>();
        list.setId("noteVersionList");
        Label empty = new Label(messages.get("notes.history.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // Wraps inside the list's width instead of running off its edge.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(NoteVersion item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                if (isEmpty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(messages.get("notes.history.version", when(item.savedAt().atZone(ZoneId.systemDefault())
                        .toLocalDateTime()), when(item.replacedAt().atZone(ZoneId.systemDefault()).toLocalDateTime())));
                setGraphic(item.privateNote() ? new FontIcon(Feather.LOCK) : null);
            }
        });
        list.getItems().setAll(versions);
        TextArea shown = TabKey.movesFocus(new TextArea());
        shown.setId("noteVersionText");
        shown.setEditable(false);
        shown.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, v) ->
                shown.setText(v == null ? "" : asText(v.text(), v.structured())));
        Label current = new Label(messages.get("notes.history.now"));
        current.getStyleClass().add("text-muted");
        current.setWrapText(true);
        VBox left = new VBox(6, list, current);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(left, shown);
        split.setDividerPositions(0.38);
        split.setPrefSize(820, 480);
        VBox content = new VBox(split);
        content.setPadding(new javafx.geometry.Insets(12, 14, 4, 14));
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        pane.setContent(content);
        if (!versions.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        dialog.show();
    }

    private String when(LocalDateTime at) {
        return context.dates().format(at.toLocalDate()) + " " + TIME.format(at);
    }

    /** The version as she wrote it: its sections under their names when it had them, then the free text. */
    String asText(NoteText text, boolean structured) {
        if (!structured) {
            return text.body();
        }
        StringBuilder out = new StringBuilder();
        for (NoteSection s : NoteSection.values()) {
            String part = text.section(s);
            if (!part.isBlank()) {
                out.append(messages.get("note.section." + s.name())).append('\n').append(part.strip()).append("\n\n");
            }
        }
        if (!text.body().isBlank()) {
            out.append(messages.get("notes.editor.freeText")).append('\n').append(text.body());
        }
        return out.toString().stripTrailing();
    }
}
