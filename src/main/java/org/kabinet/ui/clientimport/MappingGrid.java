package org.kabinet.ui.clientimport;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.HPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.clientimport.ClientField;
import org.kabinet.logic.clientimport.ColumnMapping;
import org.kabinet.logic.clientimport.ImportLine;
import org.kabinet.logic.clientimport.ImportTable;
import org.kabinet.ui.common.Choices;

/**
 * The column mapping: one row per column of the file, with its header, a few of its values and
 * the card field it goes to ({@code mappingField0}, {@code mappingField1}…). A changed field goes to
 * the view model, which works out the preview again.
 */
final class MappingGrid {

    private static final int SAMPLES = 3;
    private static final int SAMPLE_LENGTH = 28;

    private final ClientImportViewModel vm;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final ScrollPane root = new ScrollPane(grid);

    MappingGrid(ClientImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        grid.setId("mappingGrid");
        grid.getStyleClass().add("import-mapping");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints header = new ColumnConstraints(120, 200, 260);
        ColumnConstraints samples = new ColumnConstraints(160, 360, Double.MAX_VALUE);
        samples.setHgrow(Priority.ALWAYS);
        ColumnConstraints field = new ColumnConstraints(200, 230, 260);
        field.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(header, samples, field);
        root.setFitToWidth(true);
        root.setId("mappingScroll");
        // A new file brings new columns; a changed field keeps the rows as they are.
        vm.table().addListener((obs, old, now) -> fill(now, vm.mapping().get()));
    }

    ScrollPane root() {
        return root;
    }

    private void fill(ImportTable table, ColumnMapping mapping) {
        grid.getChildren().clear();
        if (table == null || mapping == null) {
            return;
        }
        grid.addRow(0, muted(messages.get("clientImport.window.mapping.column")),
                muted(messages.get("clientImport.window.mapping.samples")),
                muted(messages.get("clientImport.window.mapping.field")));
        for (int column = 0; column < table.headers().size(); column++) {
            String header = table.headers().get(column);
            Label name = new Label(header.isBlank() ? messages.get("clientImport.window.mapping.noHeader", column + 1)
                    : header);
            name.getStyleClass().add("import-column-name");
            Label values = new Label(samples(table, column));
            values.getStyleClass().add("text-muted");
            grid.addRow(column + 1, name, values, fieldChoice(column, mapping.of(column)));
        }
    }

    private ComboBox<ClientField> fieldChoice(int column, ClientField chosen) {
        ComboBox<ClientField> combo = new ComboBox<>();
        combo.setId("mappingField" + column);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setVisibleRowCount(ClientField.values().length);
        combo.getItems().setAll(ClientField.values());
        Choices.labelled(combo, f -> f == null ? "" : messages.get("clientImport.field." + f.name()));
        combo.setValue(chosen);
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.remap(column, now);
            }
        });
        return combo;
    }

    /** The first few different values of a column, so she can tell a phone from a date. */
    private String samples(ImportTable table, int column) {
        Set<String> found = new LinkedHashSet<>();
        for (ImportLine line : table.lines()) {
            String cell = line.cell(column).strip().replaceAll("\\s+", " ");
            if (!cell.isEmpty()) {
                found.add(cell.length() > SAMPLE_LENGTH ? cell.substring(0, SAMPLE_LENGTH - 1) + "…" : cell);
            }
            if (found.size() == SAMPLES) {
                break;
            }
        }
        return found.isEmpty() ? messages.get("clientImport.window.mapping.empty") : String.join("  ·  ", found);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "text-small");
        return label;
    }
}
