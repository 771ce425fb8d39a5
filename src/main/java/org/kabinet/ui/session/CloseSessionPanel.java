package org.kabinet.ui.session;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.AgendaItem;
import org.kabinet.logic.ClosedSession;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Homework;
import org.kabinet.model.Note;
import org.kabinet.model.Session;
import org.kabinet.ui.common.FieldErrors;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.notes.NoteEditor;
import org.kabinet.ui.print.SheetActions;

/**
 * The panel for the routine after a session: mark it done (its lesson with it), book the next
 * one, update "next time, ask about…", go over the homework given last time and give new
 * homework, with its sheet printed after saving. Opened from Today and from the card. Its parts
 * are sections in one column, so notes can join them. Ctrl+Enter saves, Esc cancels.
 */
public final class CloseSessionPanel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScreenContext context;
    private final Messages messages;
    private final CloseSessionViewModel vm;
    private final CloseHomeworkViewModel homework;
    private final Runnable onClosed;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    /** The panel's parts, top to bottom; later issues add theirs here. */
    private final VBox sections = new VBox(14);
    /** The session's note as read when the panel opened, or a draft for it. */
    private Note note;

    private CloseSessionPanel(ScreenContext context, CloseSessionViewModel vm, CloseHomeworkViewModel homework,
            Runnable onClosed) {
        this.context = context;
        this.messages = context.messages();
        this.vm = vm;
        this.homework = homework;
        this.onClosed = onClosed;
    }

    /** Opens the panel for {@code sessionId}; {@code onClosed} runs after it was saved. */
    public static void open(ScreenContext context, long sessionId, Runnable onClosed) {
        CloseSessionViewModel vm = new CloseSessionViewModel(context.practice(), context.executor(), context.dates(),
                context.onError());
        CloseHomeworkViewModel homework = new CloseHomeworkViewModel(context.practice(), context.executor(),
                context.messages().locale(), context.onError());
        CloseSessionPanel panel = new CloseSessionPanel(context, vm, homework, onClosed);
        vm.setPrompts(new ClosePrompts(context));
        vm.load(sessionId, () -> {
            var item = vm.data().item();
            homework.load(item.client().id(), item.lesson() == null ? null : item.lesson().id(),
                    () -> context.executor().run(() -> context.practice().notes().forSession(sessionId), found -> {
                        panel.note = found.orElseGet(() -> Note.draft(item.client().id(), sessionId,
                                item.session().start().toLocalDate()));
                        panel.show();
                    }, context.onError()));
        });
    }

    private void show() {
        dialog.setTitle(messages.get("close.title"));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("closeSessionPanel");
        pane.getStylesheets().add(CloseSessionPanel.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        pane.getStylesheets().add(CloseSessionPanel.class.getResource("CloseSessionPanel.css").toExternalForm());
        pane.setPrefWidth(1080);
        pane.setMinWidth(960);

        CloseNextSection next = new CloseNextSection(vm, messages, context.dates());
        CloseHomeworkSection homeworkSection = new CloseHomeworkSection(context, vm, homework);
        // Homework given and last time's marks are saved with the session, in one transaction.
        vm.setHomework(homeworkSection::items, homework::marks);
        TextArea ask = askArea(next, homeworkSection);
        sections.setId("closeSections");
        sections.getChildren().addAll(header(),
                section("close.next.title", next),
                section("close.ask.title", ask),
                section("close.homework.title", homeworkSection.root()));
        Label formError = new Label();
        formError.setId("closeFormError");
        formError.getStyleClass().add("field-error");
        FieldErrors.bind(formError, vm.formError(), messages);
        ScrollPane scroll = new ScrollPane(new VBox(12, sections, formError));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // Tall enough for the whole routine on a laptop screen; the rest scrolls.
        scroll.setPrefViewportHeight(640);
        scroll.setPrefWidth(580);
        scroll.setMinWidth(460);
        // The note stands beside the routine, always in view: writing it is part of closing the session.
        Node note = noteSection();
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox columns = new HBox(20, scroll, note);
        pane.setContent(columns);

        ButtonType save = context.dialogs().button("close.save", ButtonData.OK_DONE);
        ButtonType cancel = context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("closeSaveButton");
        saveButton.setGraphic(Icons.of(Icon.SAVE));
        saveButton.disableProperty().bind(vm.saving());
        Tooltips.set(saveButton, messages.get("close.save.tip"));
        pane.lookupButton(cancel).setId("closeCancelButton");
        // Uniform widths would cut the long "mark done and save" text short in Russian.
        ButtonBar.setButtonUniformSize(saveButton, false);
        ButtonBar.setButtonUniformSize(pane.lookupButton(cancel), false);
        // The dialog stays open while saving runs in the background, and after a refusal.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (vm.data().item().client().status() == ClientStatus.ARCHIVED && !homeworkSection.items().isEmpty()
                    && !context.dialogs().confirm(messages.get("close.homework.title"),
                            messages.get("homework.error.archived"), "close.homework.giveAnyway")) {
                return;
            }
            vm.save(closed -> {
                // Closed for good: a second click must not close it again.
                saveButton.disableProperty().unbind();
                saveButton.setDisable(true);
                saved(closed, save);
                printSheet(closed);
            });
        });
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                saveButton.fire();
            }
        });
        dialog.setOnShown(e -> next.bookNextCheck().requestFocus());
        dialog.show();
    }

    private Node header() {
        AgendaItem item = vm.data().item();
        Session session = item.session();
        Label name = new Label(item.client().name().full());
        name.setId("closeClientLabel");
        name.getStyleClass().addAll("title-4", "text-bold");
        HBox who = new HBox(10, name);
        if (item.client().progress() != null) {
            Label badge = new Label(ProgramLabels.badge(item.client().progress(), messages));
            badge.setId("closeProgressBadge");
            badge.getStyleClass().add("close-badge");
            who.getChildren().add(badge);
        }
        String what = item.lesson() != null ? ProgramLabels.lesson(item.lesson(), messages)
                : messages.of(session.kind());
        Label when = new Label(messages.get("close.when", context.dates().formatLong(session.start().toLocalDate()),
                TIME.format(session.start()) + "–" + TIME.format(session.end()), what));
        when.setId("closeWhenLabel");
        Label done = new Label(item.lesson() != null
                ? messages.get("close.doneWithLesson", ProgramLabels.lesson(item.lesson(), messages))
                : messages.get("close.done"));
        done.setId("closeDoneLabel");
        done.setGraphic(Icons.of(Icon.SAVE));
        done.getStyleClass().add("close-done");
        done.setWrapText(true);
        return new VBox(4, who, when, done);
    }

    private TextArea askArea(CloseNextSection next, CloseHomeworkSection homeworkSection) {
        TextArea ask = new TextArea();
        ask.setId("askNextTimeArea");
        ask.setPrefRowCount(2);
        ask.setWrapText(true);
        ask.setPromptText(messages.get("close.ask.prompt"));
        ask.textProperty().bindBidirectional(vm.askNextTime());
        // A line, not a document: Tab leaves the area instead of typing a tab.
        ask.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                if (e.isShiftDown()) {
                    next.timeField().requestFocus();
                } else {
                    homeworkSection.freeField().requestFocus();
                }
            }
        });
        return ask;
    }

    /**
     * The note about this session: it saves itself as she types, whether she then saves the panel
     * or cancels it; closing the panel writes its last words.
     */
    private Node noteSection() {
        NoteEditor editor = new NoteEditor(context);
        editor.open(note);
        editor.setOnPinned(vm::askNextTimePinned);
        editor.root().setId("closeNoteEditor");
        VBox.setVgrow(editor.root(), Priority.ALWAYS);
        dialog.setOnHidden(e -> editor.close());
        Label hint = new Label(messages.get("notes.close.hint"));
        hint.setId("closeNoteHint");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(6, hint, editor.root());
        VBox.setVgrow(box, Priority.ALWAYS);
        Node section = section("notes.close.title", box);
        ((Region) section).setPrefWidth(460);
        VBox.setVgrow(box, Priority.ALWAYS);
        return section;
    }

    /** One part of the panel under its title. */
    private Node section(String titleKey, Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("close-section-title");
        VBox section = new VBox(8, title, content);
        if (content instanceof Region region) {
            VBox.setVgrow(region, Priority.ALWAYS);
        }
        section.getStyleClass().add("close-section");
        return section;
    }

    /** The sheet of the homework just given, if she asked for it. */
    private void printSheet(ClosedSession closed) {
        if (closed.given().isEmpty() || !homework.printSheet().get()) {
            return;
        }
        List<Long> ids = closed.given().stream().map(Homework::id).toList();
        var locale = messages.locale();
        new SheetActions(context).print(out -> {
            context.practice().sheets().homework(ids, locale, out);
            return 1;
        }, "print.nothing");
    }

    private void saved(ClosedSession closed, ButtonType save) {
        dialog.setResult(save);
        dialog.close();
        onClosed.run();
        if (closed.programCompleted() && vm.data().item().client().progress() != null) {
            var badge = vm.data().item().client().progress();
            context.dialogs().alert(AlertType.INFORMATION, messages.get("close.programCompleted.title"),
                    messages.get("close.programCompleted",
                            ProgramLabels.program(badge.programCode(), badge.programName(), messages)),
                    context.dialogs().button("button.ok", ButtonData.OK_DONE)).show();
        }
    }

    /** Asks about warnings and tells refusals through the app's own dialogs. */
    private record ClosePrompts(ScreenContext context) implements CloseSessionViewModel.Prompts {

        @Override
        public boolean accept(List<SessionWarning> warnings) {
            return context.dialogs().confirm(context.messages().get("close.warning.title"),
                    CloseWarnings.describe(warnings, context.messages(), context.dates()), "close.warning.confirm");
        }

        @Override
        public void refused(RuleException refusal) {
            context.dialogs().error(context.messages().get("close.title"),
                    context.messages().get(refusal.messageKey(), refusal.args()));
        }
    }
}
