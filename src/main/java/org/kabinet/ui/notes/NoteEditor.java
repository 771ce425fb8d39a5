package org.kabinet.ui.notes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Note;
import org.kabinet.model.NoteSection;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kabinet.ui.common.TabKey;

/**
 * A note on screen, the same on the card and in the close-session panel: the free text, the six
 * sections behind "Structure", "Private" with its marker, "Pin for next time", "History", and a
 * small line saying whether her words are saved. It saves itself as she types.
 */
public final class NoteEditor {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScreenContext context;
    private final Messages messages;
    private final NoteEditorViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TextArea body = new TextArea();
    private final VBox structuredBox = new VBox(6);
    private final Label freeTextLabel = new Label();
    private final Label status = new Label();
    private final Label pinFeedback = new Label();
    private final PauseTransition hideFeedback = new PauseTransition(Duration.seconds(6));
    /** The area she wrote in last: "Pin" takes its selection or the line of its caret. */
    private TextArea lastArea = body;
    private Consumer<String> onPinned = ask -> { };

    public NoteEditor(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        this.vm = new NoteEditorViewModel(context.practice().notes(), context.executor(), context.onError(),
                context.pendingSaves());
        root.setId("noteEditor");
        root.getStyleClass().add("note-editor");
        root.setTop(new VBox(6, toolbar(), privateBadge()));
        body.setId("noteBodyArea");
        body.setWrapText(true);
        body.setPromptText(messages.get("notes.editor.prompt"));
        body.textProperty().bindBidirectional(vm.body());
        watch(body);
        buildSections();
        showStructure(vm.structured().get());
        vm.structured().addListener((obs, was, on) -> showStructure(on));
        status.setId("noteStatusLabel");
        status.getStyleClass().add("note-status");
        vm.status().addListener((obs, old, now) -> showStatus(now));
        pinFeedback.setId("pinFeedbackLabel");
        pinFeedback.getStyleClass().add("note-pin-feedback");
        pinFeedback.setWrapText(true);
        pinFeedback.setVisible(false);
        pinFeedback.managedProperty().bind(pinFeedback.visibleProperty());
        hideFeedback.setOnFinished(e -> pinFeedback.setVisible(false));
        HBox bottom = new HBox(12, status, pinFeedback);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("note-bottom");
        root.setBottom(bottom);
    }

    public Node root() {
        return root;
    }

    /** Told the whole "next time, ask about…" text after she pinned a line, on the JavaFX thread. */
    public void setOnPinned(Consumer<String> onPinned) {
        this.onPinned = onPinned;
    }

    /** Told each note saved (a new one then has its id), on the JavaFX thread. */
    public void setOnSaved(Consumer<Note> onSaved) {
        vm.onSaved(onSaved);
    }

    /** Opens a saved note or a draft; the note open before is saved first. */
    public void open(Note note) {
        vm.open(note);
        showStatus(vm.status().get());
        pinFeedback.setVisible(false);
        lastArea = body;
    }

    /** Saves what is pending and lets go of the note. */
    public void close() {
        vm.close();
    }

    /** Writes what she typed now, without waiting for the pause. */
    public void flush() {
        vm.flush();
    }

    /** The id of the note open now: 0 for none, or for a draft not saved yet. */
    public long openId() {
        return vm.openId();
    }

    public void focus() {
        (vm.structured().get() ? firstSectionArea() : body).requestFocus();
    }

    private TextArea firstSectionArea() {
        return (TextArea) root.lookup("#noteSection" + NoteSection.THEME.name());
    }

    private Node toolbar() {
        ToggleButton structure = new ToggleButton(messages.get("notes.editor.structure"));
        structure.setId("noteStructureToggle");
        structure.setGraphic(new FontIcon(Feather.LIST));
        structure.selectedProperty().bindBidirectional(vm.structured());
        Tooltips.set(structure, messages.get("notes.editor.structure.tip"));
        ToggleButton privateToggle = new ToggleButton(messages.get("note.private"));
        privateToggle.setId("notePrivateToggle");
        privateToggle.setGraphic(new FontIcon(Feather.LOCK));
        privateToggle.selectedProperty().bindBidirectional(vm.privateNote());
        Tooltips.set(privateToggle, messages.get("notes.editor.private.tip"));
        Button pin = new Button(messages.get("notes.editor.pin"));
        pin.setId("notePinButton");
        pin.setGraphic(new FontIcon(Feather.MAP_PIN));
        Tooltips.set(pin, messages.get("notes.editor.pin.tip"));
        pin.setOnAction(e -> pin());
        Button history = new Button(messages.get("notes.editor.history"));
        history.setId("noteHistoryButton");
        history.setGraphic(new FontIcon(Feather.CLOCK));
        Tooltips.set(history, messages.get("notes.editor.history.tip"));
        history.setOnAction(e -> {
            vm.flush();
            vm.history(versions -> new NoteHistoryDialog(context).show(versions));
        });
        for (var b : new javafx.scene.control.ButtonBase[] {structure, privateToggle, pin, history}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps on a narrow card rather than pushing the note off the edge.
        FlowPane bar = new FlowPane(6, 6, structure, privateToggle, pin, history);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        bar.setPrefWrapLength(200);
        return bar;
    }

    /** The marker of a private note: it leaves no export, print or summary. */
    private Node privateBadge() {
        Label badge = new Label(messages.get("note.private.marker"), new FontIcon(Feather.LOCK));
        badge.setId("notePrivateBadge");
        badge.getStyleClass().add("note-private-badge");
        Label explain = new Label(messages.get("notes.editor.private.explain"));
        explain.getStyleClass().add("note-private-explain");
        explain.setWrapText(true);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox marker = new HBox(8, badge, explain);
        marker.setId("notePrivateMarker");
        marker.setAlignment(Pos.CENTER_LEFT);
        marker.getStyleClass().add("note-private-bar");
        marker.visibleProperty().bind(vm.privateNote());
        marker.managedProperty().bind(marker.visibleProperty());
        return marker;
    }

    private void buildSections() {
        for (NoteSection s : NoteSection.values()) {
            Label title = new Label(messages.get("note.section." + s.name()));
            title.getStyleClass().add("note-section-title");
            // Sections are fields of a form: Tab goes on to the next one. The free body keeps Tab as typing.
            TextArea area = TabKey.movesFocus(new TextArea());
            area.setId("noteSection" + s.name());
            area.setWrapText(true);
            area.setPrefRowCount(s == NoteSection.THEME ? 1 : 3);
            area.textProperty().bindBidirectional(vm.section(s));
            title.setLabelFor(area);
            watch(area);
            structuredBox.getChildren().addAll(title, area);
        }
        freeTextLabel.setText(messages.get("notes.editor.freeText"));
        freeTextLabel.getStyleClass().add("note-section-title");
    }

    /** Leaving an area saves at once; the area written in last is what "Pin" takes from. */
    private void watch(TextArea area) {
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                lastArea = area;
            } else {
                vm.flush();
            }
        });
    }

    private void showStructure(boolean on) {
        if (on) {
            body.setPrefRowCount(6);
            VBox all = new VBox(6, structuredBox, freeTextLabel, body);
            all.getStyleClass().add("note-sections");
            ScrollPane scroll = new ScrollPane(all);
            scroll.setId("noteSectionsPane");
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("edge-to-edge");
            root.setCenter(scroll);
        } else {
            body.setPrefRowCount(14);
            root.setCenter(body);
        }
    }

    private void pin() {
        String line = PinnedLine.from(lastArea.getSelectedText(), lastArea.getText(), lastArea.getCaretPosition());
        vm.pin(line, ask -> {
            showFeedback(messages.get("notes.editor.pinned", line.strip()));
            onPinned.accept(ask);
        }, error -> {
            if (error instanceof RuleException r) {
                showFeedback(messages.get(r.messageKey(), r.args()));
            } else {
                context.onError().accept(error);
            }
        });
    }

    private void showFeedback(String text) {
        pinFeedback.setText(text);
        pinFeedback.setVisible(true);
        hideFeedback.playFromStart();
    }

    private void showStatus(NoteAutosave.Status now) {
        status.getStyleClass().remove("note-status-error");
        status.setTooltip(null);
        switch (now.state()) {
            case CLEAN -> status.setText(now.saved() == null ? messages.get("notes.status.draft")
                    : savedAt(now.saved()));
            case PENDING, SAVING -> status.setText(messages.get("notes.status.saving"));
            case SAVED -> status.setText(savedAt(now.saved()));
            case FAILED -> {
                String why = describe(now.error());
                status.setText(messages.get("notes.status.failed", why));
                status.getStyleClass().add("note-status-error");
                Tooltips.set(status, why);
            }
        }
    }

    /** A refusal says its own words; anything else as every screen says it. */
    private String describe(Throwable error) {
        return error instanceof RuleException r ? messages.get(r.messageKey(), r.args())
                : UserErrors.describe(error, messages);
    }

    private String savedAt(Note saved) {
        if (saved.updatedAt() == null) {
            return messages.get("notes.status.draft");
        }
        var at = java.time.LocalDateTime.ofInstant(saved.updatedAt(), ZoneId.systemDefault());
        // A note written on another day says which day: "Saved 10:42" alone would read as today.
        String when = at.toLocalDate().equals(context.practice().notes().today()) ? TIME.format(at)
                : context.dates().format(at.toLocalDate()) + " " + TIME.format(at);
        return messages.get("notes.status.saved", when);
    }
}
