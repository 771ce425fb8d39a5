package org.kabinet.ui.clientimport;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.clientimport.ImportRow;

/**
 * The preview: each record of the file as it would become a card, and what would become of it.
 * Rejected rows and skipped duplicates are marked (row style classes), so she sees them at a glance.
 */
final class PreviewTable {

    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass DUPLICATE = PseudoClass.getPseudoClass("duplicate");

    private PreviewTable() {
    }

    static TableView<PreviewLine> create(ClientImportViewModel vm, Messages messages, DateFormats dates) {
        TableView<PreviewLine> table = new TableView<>();
        table.setId("previewTable");
        table.getStyleClass().add("import-preview");
        table.setPlaceholder(new Label(messages.get("clientImport.window.preview.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<PreviewLine, Integer> line = new TableColumn<>(messages.get("clientImport.window.column.line"));
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(72);
        line.setMinWidth(72);
        line.setMaxWidth(90);
        table.getColumns().add(line);
        table.getColumns().add(text(messages.get("clientImport.window.column.name"), PreviewLine::name, 170));
        table.getColumns().add(text(messages.get("clientImport.window.column.phone"), PreviewLine::phone, 120));
        table.getColumns().add(text(messages.get("clientImport.window.column.email"), PreviewLine::email, 130));
        table.getColumns().add(text(messages.get("clientImport.window.column.birthDate"), PreviewLine::birthDate, 90));
        table.getColumns().add(text(messages.get("clientImport.window.column.source"), PreviewLine::source, 110));
        TableColumn<PreviewLine, String> outcome = text(messages.get("clientImport.window.column.outcome"),
                PreviewLine::outcomeText, 380);
        outcome.setId("outcomeColumn");
        table.getColumns().add(outcome);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewLine item, boolean empty) {
                super.updateItem(item, empty);
                ImportRow.Outcome kind = empty || item == null ? null : item.outcome();
                pseudoClassStateChanged(REJECTED, kind == ImportRow.Outcome.REJECTED);
                pseudoClassStateChanged(DUPLICATE, kind == ImportRow.Outcome.DUPLICATE);
                // The reason can be longer than its column: the whole sentence on hover.
                setTooltip(kind == null ? null : new Tooltip(item.outcomeText()));
            }
        });
        vm.preview().addListener((obs, old, now) -> table.getItems().setAll(now == null ? java.util.List.of()
                : PreviewLine.of(now, messages, dates)));
        return table;
    }

    private static TableColumn<PreviewLine, String> text(String title, Function<PreviewLine, String> value,
            double width) {
        TableColumn<PreviewLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(60);
        return column;
    }
}
