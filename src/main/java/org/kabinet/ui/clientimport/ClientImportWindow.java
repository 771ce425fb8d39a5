package org.kabinet.ui.clientimport;

import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.clientimport.ImportPreview;
import org.kabinet.logic.clientimport.ImportRow;
import org.kabinet.logic.clientimport.ImportTable;
import org.kabinet.ui.clientimport.ClientImportViewModel.Step;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;

/**
 * The import window, owned by the main window: choose a file, adjust the column mapping while
 * the preview follows, import, read the report. Nothing is written until Import; Esc closes
 * without asking until then. Errors are said in a dialog over it, and it stays open.
 */
public final class ClientImportWindow {

    private final Messages messages;
    private final ClientImportViewModel vm;
    private final Function<Window, File> chooser;
    private final Runnable imported;
    private final Stage stage = new Stage();
    private final Dialogs dialogs;
    private final ReportPane report;
    private final Button chooseButton = new Button();
    private final Button importButton = new Button();
    private final Button copyButton = new Button();
    private final Button closeButton = new Button();
    private final Label fileLabel = new Label();
    private final Label detectedLabel = new Label();
    private final Label countsLabel = new Label();

    /**
     * {@code chooser} asks for the file (the system's dialog, or a test's answer); {@code imported}
     * runs after an import, so the client list can read the new cards.
     */
    public ClientImportWindow(ScreenContext context, ImportSteps steps, Function<Window, File> chooser,
            Runnable imported) {
        this.messages = context.messages();
        this.chooser = chooser;
        this.imported = imported;
        this.dialogs = new Dialogs(messages);
        this.vm = new ClientImportViewModel(steps, context.executor(), this::failed);
        this.report = new ReportPane(vm, messages);
        stage.initOwner(context.dialogs().owner());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("clientImport.window.title"));
        dialogs.setOwner(stage);
        Scene scene = new Scene(content(context), 1000, 700);
        scene.getStylesheets().add(ClientImportWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::escapeCloses);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnShown(e -> chooseButton.requestFocus());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private BorderPane content(ScreenContext context) {
        BorderPane root = new BorderPane();
        root.setId("clientImportWindow");
        root.setPadding(new Insets(16));
        root.setTop(fileRow());
        root.setCenter(steps(context));
        root.setBottom(buttonRow());
        return root;
    }

    private VBox fileRow() {
        fileLabel.setId("importFileLabel");
        fileLabel.getStyleClass().add("title-4");
        fileLabel.setText(messages.get("clientImport.window.noFile"));
        detectedLabel.setId("importDetected");
        detectedLabel.getStyleClass().add("text-muted");
        chooseButton.setId("chooseImportFileButton");
        chooseButton.textProperty().bind(Bindings.when(vm.table().isNull())
                .then(messages.get("clientImport.window.choose")).otherwise(messages.get("clientImport.window.chooseOther")));
        chooseButton.disableProperty().bind(vm.step().isEqualTo(Step.READING).or(vm.step().isEqualTo(Step.IMPORTING)));
        // Enter on the first step opens the chooser; once a preview shows, Enter means Import.
        chooseButton.defaultButtonProperty().bind(vm.step().isEqualTo(Step.CHOOSE));
        chooseButton.setOnAction(e -> choose());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(12, fileLabel, gap, chooseButton);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, row, detectedLabel);
        top.setPadding(new Insets(0, 0, 12, 0));
        vm.table().addListener((obs, old, now) -> showFile(now));
        return top;
    }

    private StackPane steps(ScreenContext context) {
        Label intro = new Label(messages.get("clientImport.window.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        Label enter = new Label(messages.get("clientImport.window.introEnter"));
        enter.getStyleClass().add("text-muted");
        VBox choose = new VBox(12, intro, enter);
        choose.setId("importChooseStep");
        choose.setAlignment(Pos.CENTER);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        HBox reading = new HBox(12, spinner, new Label(messages.get("clientImport.window.reading")));
        reading.setId("importReadingStep");
        reading.setAlignment(Pos.CENTER);

        MappingGrid mapping = new MappingGrid(vm, messages);
        Label previewTitle = new Label(messages.get("clientImport.window.preview.title"));
        previewTitle.getStyleClass().add("text-bold");
        VBox previewBox = new VBox(6, previewTitle, PreviewTable.create(vm, messages, context.dates()));
        VBox.setVgrow(previewBox.getChildren().get(1), Priority.ALWAYS);
        Label mappingTitle = new Label(messages.get("clientImport.window.mapping.title"));
        mappingTitle.getStyleClass().add("text-bold");
        VBox mappingBox = new VBox(6, mappingTitle, mapping.root());
        VBox.setVgrow(mapping.root(), Priority.ALWAYS);
        SplitPane preview = new SplitPane(mappingBox, previewBox);
        preview.setId("importPreviewStep");
        preview.setOrientation(Orientation.VERTICAL);
        preview.setDividerPositions(0.4);

        Node done = report.root();
        choose.visibleProperty().bind(vm.step().isEqualTo(Step.CHOOSE));
        reading.visibleProperty().bind(vm.step().isEqualTo(Step.READING));
        preview.visibleProperty().bind(vm.step().isEqualTo(Step.PREVIEW).or(vm.step().isEqualTo(Step.IMPORTING)));
        preview.disableProperty().bind(vm.step().isEqualTo(Step.IMPORTING));
        done.visibleProperty().bind(vm.step().isEqualTo(Step.DONE));
        return new StackPane(choose, reading, preview, done);
    }

    private HBox buttonRow() {
        countsLabel.setId("importCounts");
        countsLabel.setWrapText(true);
        countsLabel.textProperty().bind(Bindings.createStringBinding(this::countsText, vm.step(), vm.preview(),
                vm.previewing()));

        importButton.setId("importButton");
        importButton.getStyleClass().add("accent");
        importButton.setMnemonicParsing(true);
        importButton.textProperty().bind(Bindings.createStringBinding(() -> vm.willImport().get() == 0
                ? messages.get("clientImport.window.import.none")
                : messages.plural("clientImport.window.import", vm.willImport().get()), vm.willImport()));
        importButton.disableProperty().bind(vm.canImport().not());
        importButton.defaultButtonProperty().bind(vm.step().isEqualTo(Step.PREVIEW));
        importButton.visibleProperty().bind(vm.step().isEqualTo(Step.PREVIEW).or(vm.step().isEqualTo(Step.IMPORTING)));
        importButton.managedProperty().bind(importButton.visibleProperty());
        importButton.setOnAction(e -> vm.importAll(imported));

        copyButton.setId("copyReportButton");
        copyButton.setText(messages.get("clientImport.window.copy"));
        copyButton.visibleProperty().bind(vm.step().isEqualTo(Step.DONE));
        copyButton.managedProperty().bind(copyButton.visibleProperty());
        copyButton.setOnAction(e -> copyReport());

        closeButton.setId("closeImportButton");
        closeButton.textProperty().bind(Bindings.when(vm.step().isEqualTo(Step.DONE))
                .then(messages.get("button.close")).otherwise(messages.get("button.cancel")));
        closeButton.disableProperty().bind(vm.step().isEqualTo(Step.IMPORTING));
        closeButton.setOnAction(e -> stage.close());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, countsLabel, gap, copyButton, importButton, closeButton);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(12, 0, 0, 0));
        return row;
    }

    private void choose() {
        File file = chooser.apply(stage);
        if (file != null) {
            vm.read(file.toPath());
        }
    }

    private void showFile(ImportTable table) {
        if (table == null) {
            return;
        }
        fileLabel.setText(table.file().getFileName().toString());
        int records = table.lines().size() + table.unreadable().size();
        detectedLabel.setText(messages.get("clientImport.window.detected",
                messages.get("clientImport.window.format." + table.format().name()), table.encoding(),
                messages.plural("clientImport.window.records", records)));
    }

    private String countsText() {
        Step step = vm.step().get();
        if (step == Step.IMPORTING) {
            return messages.get("clientImport.window.importing");
        }
        ImportPreview preview = vm.preview().get();
        if (step != Step.PREVIEW || preview == null) {
            return "";
        }
        if (vm.previewing().get()) {
            return messages.get("clientImport.window.previewing");
        }
        return messages.get("clientImport.window.counts", preview.count(ImportRow.Outcome.IMPORT),
                preview.count(ImportRow.Outcome.DUPLICATE), preview.count(ImportRow.Outcome.REJECTED));
    }

    private void copyReport() {
        ClipboardContent content = new ClipboardContent();
        content.putString(report.text(vm.report().get(), vm.table().get().file().getFileName().toString()));
        Clipboard.getSystemClipboard().setContent(content);
        copyButton.setText(messages.get("clientImport.window.copied"));
    }

    /** Esc closes, except while an open drop-down list is what Esc is for, or while writing. */
    private void escapeCloses(KeyEvent e) {
        if (e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        Node focused = stage.getScene().getFocusOwner();
        if (focused instanceof ComboBoxBase<?> combo && combo.isShowing() || vm.step().get() == Step.IMPORTING) {
            return;
        }
        e.consume();
        stage.close();
    }

    private void failed(Throwable e) {
        dialogs.error(messages.get("clientImport.window.error.title"), UserErrors.describe(e, messages));
    }
}
