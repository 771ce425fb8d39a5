package org.kabinet.ui.notes;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Note;
import org.kabinet.model.Session;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.main.ScreenContext;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card's notes tab: the client's notes, newest first (date, session time, first line, the
 * private marker), and the note picked open in the editor on the right. "New note" starts a note
 * between sessions, dated today.
 */
public final class NotesTab {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScreenContext context;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ListView<Note> list = new ListView<>();
    private final NoteEditor editor;
    private final StackPane right = new StackPane();
    private final VBox emptyState;
    private final Button deleteButton = new Button();
    private Map<Long, LocalDateTime> sessionStarts = Map.of();
    private long clientId;
    /** A note to select once the list is read (from search or the timeline). */
    private long toSelect;
    /** Set while the list follows the editor, so that is not taken for her choice. */
    private boolean following;

    public NotesTab(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        this.editor = new NoteEditor(context);
        root.setId("notesPane");
        editor.setOnSaved(this::saved);
        emptyState = emptyState();
        right.getChildren().addAll(editor.root(), emptyState);
        editor.root().setVisible(false);
        SplitPane split = new SplitPane(left(), right);
        split.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        root.setCenter(split);
    }

    public Node root() {
        return root;
    }

    /** Told the whole "next time, ask about…" text after she pinned a line from a note, on the JavaFX thread. */
    public void setOnPinned(Consumer<String> onPinned) {
        editor.setOnPinned(onPinned);
    }

    private Node left() {
        Button add = new Button(messages.get("notes.new"), Icons.of(Icon.ADD));
        add.setId("newNoteButton");
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        Tooltips.set(add, messages.get("notes.new.tip"));
        add.setOnAction(e -> newNote());
        deleteButton.setId("deleteNoteButton");
        deleteButton.setGraphic(Icons.of(Icon.DELETE));
        deleteButton.getStyleClass().addAll("flat", "danger");
        Tooltips.set(deleteButton, messages.get("notes.delete"));
        deleteButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.setOnAction(e -> deleteSelected());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, add, gap, deleteButton);
        bar.setAlignment(Pos.CENTER_LEFT);

        list.setId("notesList");
        Label placeholder = new Label(messages.get("notes.list.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new NoteCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, note) -> {
            if (!following && note != null) {
                show(note);
            }
        });
        VBox box = new VBox(8, bar, list);
        box.getStyleClass().add("notes-list-pane");
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setMinWidth(220);
        return box;
    }

    private VBox emptyState() {
        Label title = new Label(messages.get("notes.empty.title"));
        title.getStyleClass().add("empty-title");
        Label text = new Label(messages.get("notes.empty.text"));
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        VBox box = new VBox(10, new FontIcon(Feather.EDIT_3), title, text);
        box.setId("notesEmptyState");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    /** Shows this client's notes (read in the background); the note open before is saved first. */
    public void load(long clientId) {
        editor.flush();
        if (clientId != this.clientId) {
            editor.close();
            showEditor(false);
            following = true;
            list.getItems().clear();
            following = false;
        }
        this.clientId = clientId;
        if (clientId == 0) {
            return;
        }
        context.executor().run(() -> new Read(context.practice().notes().forClient(clientId),
                context.practice().sessions().forClient(clientId)), read -> {
                    if (clientId == this.clientId) {
                        fill(read);
                    }
                }, context.onError());
    }

    private record Read(List<Note> notes, List<Session> sessions) {
    }

    private void fill(Read read) {
        Map<Long, LocalDateTime> starts = new HashMap<>();
        read.sessions().forEach(s -> starts.put(s.id(), s.start()));
        sessionStarts = starts;
        Note open = list.getSelectionModel().getSelectedItem();
        following = true;
        try {
            list.getItems().setAll(read.notes());
        } finally {
            following = false;
        }
        long wanted = toSelect != 0 ? toSelect : open != null ? open.id() : 0;
        toSelect = 0;
        Note pick = read.notes().stream().filter(n -> n.id() == wanted).findFirst()
                .orElse(read.notes().isEmpty() || editorShown() ? null : read.notes().get(0));
        if (pick != null) {
            following = open != null && open.id() == pick.id() && editorShown();
            try {
                list.getSelectionModel().select(pick);
                list.scrollTo(pick);
            } finally {
                following = false;
            }
        }
    }

    /** Selects the note with this id once the notes are there. */
    public void select(long noteId) {
        for (Note n : list.getItems()) {
            if (n.id() == noteId) {
                list.getSelectionModel().select(n);
                list.scrollTo(n);
                return;
            }
        }
        toSelect = noteId;
    }

    private void show(Note note) {
        editor.open(note);
        showEditor(true);
    }

    private void newNote() {
        if (clientId == 0) {
            return;
        }
        following = true;
        try {
            list.getSelectionModel().clearSelection();
        } finally {
            following = false;
        }
        editor.open(Note.draft(clientId, null, context.practice().notes().today()));
        showEditor(true);
        editor.focus();
    }

    private boolean editorShown() {
        return editor.root().isVisible();
    }

    private void showEditor(boolean shown) {
        editor.root().setVisible(shown);
        emptyState.setVisible(!shown);
    }

    /** A saved note takes its place in the list (a new one at the top, selected). */
    private void saved(Note note) {
        if (note.clientId() != clientId) {
            return;
        }
        following = true;
        try {
            var items = list.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == note.id()) {
                    boolean selected = list.getSelectionModel().getSelectedIndex() == i;
                    items.set(i, note);
                    if (selected) {
                        list.getSelectionModel().select(i);
                    }
                    return;
                }
            }
            items.add(0, note);
            if (editor.openId() == note.id()) {
                list.getSelectionModel().select(0);
            }
        } finally {
            following = false;
        }
    }

    private void deleteSelected() {
        Note note = list.getSelectionModel().getSelectedItem();
        if (note == null || !context.dialogs().confirm(messages.get("notes.delete.title"),
                messages.get("notes.delete.text", context.dates().format(note.date()), note.text().headline()),
                "notes.delete.confirm")) {
            return;
        }
        // The editor's last words are written first; the delete follows them on the one worker.
        editor.close();
        showEditor(false);
        context.executor().run(() -> {
            context.practice().notes().delete(note.id());
            return null;
        }, x -> {
            following = true;
            try {
                list.getItems().removeIf(n -> n.id() == note.id());
                list.getSelectionModel().clearSelection();
            } finally {
                following = false;
            }
        }, context.onError());
    }

    /** Date, session time, the first line, and the private marker. */
    private final class NoteCell extends ListCell<Note> {
        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setId("noteRow" + note.id());
            setText(null);
            LocalDateTime start = note.sessionId() == null ? null : sessionStarts.get(note.sessionId());
            // A note between sessions has no time: the row stays short enough for a narrow list.
            String when = context.dates().format(note.date()) + (start == null ? "" : "  ·  " + TIME.format(start));
            Label date = new Label(when);
            date.setMinWidth(Region.USE_PREF_SIZE);
            Tooltips.set(date, start == null ? messages.get("notes.list.betweenSessions")
                    : messages.get("notes.list.session", TIME.format(start)));
            date.getStyleClass().add("note-row-date");
            HBox top = new HBox(8, date);
            top.setAlignment(Pos.CENTER_LEFT);
            if (note.privateNote()) {
                Label marker = new Label(messages.get("note.private.marker"), new FontIcon(Feather.LOCK));
                marker.getStyleClass().addAll("note-private-badge", "note-private-small");
                marker.setId("notePrivateBadge" + note.id());
                marker.setMinWidth(Region.USE_PREF_SIZE);
                top.getChildren().add(marker);
            }
            String headline = note.text().headline();
            Label line = new Label(headline.isEmpty() ? messages.get("notes.list.blank") : headline);
            line.getStyleClass().add(headline.isEmpty() ? "text-muted" : "note-row-headline");
            line.setMaxWidth(Double.MAX_VALUE);
            VBox cell = new VBox(2, top, line);
            cell.setMinWidth(0);
            cell.setPrefWidth(0);
            setGraphic(cell);
        }
    }
}
