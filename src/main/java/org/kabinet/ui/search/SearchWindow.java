package org.kabinet.ui.search;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.search.SearchResults;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.main.ScreenContext;

/**
 * The search window: an undecorated panel over the main window, the field on top and the results
 * grouped by kind below. Up and Down move through the results from the field, Enter opens the
 * highlighted one (the first unless she moved), Esc closes, as does a click outside it.
 */
public final class SearchWindow {

    /** The pause after a key before searching: a fast typist's next key usually comes sooner. */
    static final Duration DEBOUNCE = Duration.millis(120);
    private static final double WIDTH = 720;
    private static final double HEIGHT = 540;

    private final Messages messages;
    private final SearchViewModel vm;
    private final Stage stage;
    private final CustomTextField field = new CustomTextField();
    private final ListView<SearchRow> list = new ListView<>();
    private final Label message = new Label();
    private final Label took = new Label();
    /** A hide waits for the key or click being handled; showing again before then cancels it. */
    private boolean hideAsked;
    /** Set while the list follows the view model, so that is not taken for a click. */
    private boolean following;

    public SearchWindow(ScreenContext context, Window owner) {
        this.messages = context.messages();
        PauseTransition pause = new PauseTransition(DEBOUNCE);
        Consumer<Runnable> debounce = r -> {
            pause.setOnFinished(e -> r.run());
            pause.playFromStart();
        };
        this.vm = new SearchViewModel(text -> context.practice().search().search(text, messages.locale(),
                lesson -> ProgramLabels.lesson(lesson, messages)), context.executor(), debounce,
                context.navigator(), context.onError());
        this.stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(owner);
        stage.setTitle(messages.get("search.window.title"));
        Scene scene = new Scene(content(context), WIDTH, HEIGHT);
        scene.getStylesheets().add(SearchWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        // A click back in the main window means she is done searching (the click also does its own
        // work there); so does going back to it from the keyboard, where a window manager lets her.
        owner.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (stage.isShowing()) {
                hide();
            }
        });
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (!now && stage.isShowing() && owner.isFocused()) {
                hide();
            }
        });
        vm.onOpened().set(this::hide);
    }

    private BorderPane content(ScreenContext context) {
        field.setId("globalSearchField");
        field.setPromptText(messages.get("search.prompt"));
        field.setLeft(Icons.of(Icon.SEARCH));
        field.getStyleClass().add("search-field");
        field.textProperty().bindBidirectional(vm.text());

        list.setId("searchResults");
        list.getStyleClass().add("search-results");
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new SearchCell(messages, context.dates()));
        list.setItems(vm.rows());
        message.setId("searchMessage");
        message.getStyleClass().add("search-message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(this::messageText, vm.state(), vm.results()));
        list.setPlaceholder(message);
        vm.selected().addListener((obs, old, index) -> follow(index.intValue()));
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!following) {
                vm.select(index.intValue());
                follow(vm.selected().get());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() instanceof
                    SearchRow.Hit) {
                vm.open();
            }
        });

        took.setId("searchTook");
        took.getStyleClass().add("search-took");
        took.textProperty().bind(Bindings.createStringBinding(this::tookText, vm.results()));
        Label keys = new Label(messages.get("search.keys"));
        keys.getStyleClass().add("search-keys");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(8, keys, gap, took);
        foot.setAlignment(Pos.CENTER_LEFT);
        foot.getStyleClass().add("search-foot");

        BorderPane root = new BorderPane(list, field, null, foot, null);
        BorderPane.setMargin(field, new Insets(12, 12, 8, 12));
        root.setId("searchWindow");
        root.getStyleClass().add("search-window");
        return root;
    }

    /** Keeps the list's selection on the view model's highlighted hit, in sight. */
    private void follow(int index) {
        following = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> vm.move(1);
            case UP -> vm.move(-1);
            case ENTER -> vm.open();
            case ESCAPE -> hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private String messageText() {
        SearchResults results = vm.results().get();
        return switch (vm.state().get()) {
            case EMPTY -> messages.get("search.hint");
            case NOTHING_TO_SEARCH -> messages.get("search.nothingToSearch");
            case NOTHING_FOUND -> messages.get("search.nothingFound", results.query().typed().strip());
            case FOUND -> "";
        };
    }

    private String tookText() {
        SearchResults results = vm.results().get();
        return results == null || results.nothingToSearch() ? ""
                : messages.get("search.took", Math.max(1, results.took().toMillis()));
    }

    /**
     * Shows the window centred over its owner, near the top, with {@code text} in the field
     * selected for typing over (empty: as she left it last time).
     */
    public void show(String text) {
        hideAsked = false;
        if (text != null && !text.isBlank() && !text.equals(vm.text().get())) {
            vm.text().set(text);
        } else {
            vm.refresh();
        }
        Window owner = stage.getOwner();
        stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - WIDTH) / 2));
        stage.setY(owner.getY() + Math.min(96, Math.max(0, (owner.getHeight() - HEIGHT) / 2)));
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
        field.requestFocus();
        field.selectAll();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    /**
     * Hides the window once the key that asked for it has been handled: on Linux (GTK glass,
     * JavaFX 21.0.11) hiding a stage inside its own KEY_PRESSED handler crashes the JVM with a
     * SIGSEGV in WindowContextBase::process_key, which still sends the KEY_TYPED of Enter or Esc to
     * the window just destroyed.
     */
    public void hide() {
        hideAsked = true;
        Platform.runLater(() -> {
            if (hideAsked) {
                hideAsked = false;
                stage.hide();
            }
        });
    }

    SearchViewModel viewModel() {
        return vm;
    }
}
