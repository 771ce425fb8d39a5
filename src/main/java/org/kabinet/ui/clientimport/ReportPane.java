package org.kabinet.ui.clientimport;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.clientimport.ImportReport;
import org.kabinet.logic.clientimport.ImportRow;

/**
 * After the import: how many cards were added, then every skipped and rejected record with its
 * line and reason, as lists on screen and as plain text for "Copy report".
 */
final class ReportPane {

    private final Messages messages;
    private final Label headline = new Label();
    private final Label skippedTitle = new Label();
    private final ListView<String> skipped = new ListView<>();
    private final Label rejectedTitle = new Label();
    private final ListView<String> rejected = new ListView<>();
    private final VBox root;
    /** The names of the records by line, from the preview imported, so a rejected line can be found. */
    private Map<Integer, String> names = Map.of();

    ReportPane(ClientImportViewModel vm, Messages messages) {
        this.messages = messages;
        headline.setId("reportHeadline");
        headline.getStyleClass().add("title-4");
        headline.setWrapText(true);
        skipped.setId("reportSkipped");
        rejected.setId("reportRejected");
        skipped.setPlaceholder(new Label(messages.get("clientImport.window.report.noneSkipped")));
        rejected.setPlaceholder(new Label(messages.get("clientImport.window.report.noneRejected")));
        skippedTitle.getStyleClass().add("text-bold");
        rejectedTitle.getStyleClass().add("text-bold");
        VBox.setVgrow(skipped, Priority.ALWAYS);
        VBox.setVgrow(rejected, Priority.ALWAYS);
        root = new VBox(10, headline, skippedTitle, skipped, rejectedTitle, rejected);
        root.setId("importReport");
        vm.report().addListener((obs, old, now) -> {
            names = vm.preview().get() == null ? Map.of() : PreviewLine.of(vm.preview().get(), messages, null)
                    .stream().filter(l -> !l.name().isEmpty())
                    .collect(Collectors.toMap(PreviewLine::line, PreviewLine::name, (a, b) -> a));
            show(now);
        });
    }

    VBox root() {
        return root;
    }

    private void show(ImportReport report) {
        if (report == null) {
            return;
        }
        headline.setText(headline(report));
        skippedTitle.setText(messages.get("clientImport.window.report.skipped", report.skipped().size()));
        rejectedTitle.setText(messages.get("clientImport.window.report.rejected", report.rejected().size()));
        skipped.getItems().setAll(lines(report.skipped()));
        rejected.getItems().setAll(lines(report.rejected()));
    }

    private String headline(ImportReport report) {
        return messages.plural("clientImport.window.report.imported", report.imported());
    }

    private List<String> lines(List<ImportRow> rows) {
        return rows.stream().map(this::line).toList();
    }

    /** "Line 12 (Anna Ivanova): duplicate of …", the same on screen and in the copied text. */
    private String line(ImportRow row) {
        String reason = PreviewLine.reason(row, messages);
        if (reason.isEmpty()) {
            reason = messages.get("clientImport.window.outcome.duplicateUnknown");
        }
        String name = names.get(row.line());
        return name == null ? messages.get("clientImport.window.report.line", row.line(), reason)
                : messages.get("clientImport.window.report.lineNamed", row.line(), name, reason);
    }

    /** The whole report as text, to paste into a letter or a note. */
    String text(ImportReport report, String fileName) {
        StringBuilder text = new StringBuilder();
        text.append(messages.get("clientImport.window.report.file", fileName)).append('\n');
        text.append(headline(report)).append("\n\n");
        text.append(messages.get("clientImport.window.report.skipped", report.skipped().size())).append('\n');
        lines(report.skipped()).forEach(l -> text.append("  ").append(l).append('\n'));
        text.append('\n');
        text.append(messages.get("clientImport.window.report.rejected", report.rejected().size())).append('\n');
        lines(report.rejected()).forEach(l -> text.append("  ").append(l).append('\n'));
        return text.toString();
    }
}
