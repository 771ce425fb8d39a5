package org.kabinet.ui.help;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;

/**
 * The keyboard shortcuts sheet (F1, Help → Keyboard shortcuts): a small window beside the main
 * one listing every shortcut, grouped by where it works. It does not block the window, so she can
 * keep it open while she tries the keys; Esc or Close puts it away.
 */
public final class ShortcutsSheet {

    private final Stage stage = new Stage();
    private final Messages messages;
    private final KeyText keyText;

    public ShortcutsSheet(Messages messages, KeyText keyText, Window owner) {
        this.messages = messages;
        this.keyText = keyText;
        stage.initOwner(owner);
        stage.setTitle(messages.get("shortcuts.title"));
        Scene scene = new Scene(content(), 620, 640);
        scene.getStylesheets().add(ShortcutsSheet.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                e.consume();
                stage.hide();
            }
        });
        stage.setScene(scene);
    }

    /** Shows the sheet, or brings it forward when it is open already. */
    public void show() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }

    public void hide() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private BorderPane content() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.getStyleClass().add("shortcuts-grid");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(16, 20, 16, 20));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.LEFT);
        // The keys are never shortened to "…": the descriptions wrap instead.
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, what);
        int row = 0;
        for (ShortcutList.Group group : ShortcutList.groups()) {
            Label title = new Label(messages.get(group.titleKey()));
            title.getStyleClass().add("shortcuts-group");
            if (row > 0) {
                GridPane.setMargin(title, new Insets(10, 0, 0, 0));
            }
            grid.add(title, 0, row++, 2, 1);
            for (ShortcutList.Entry entry : group.entries()) {
                grid.add(keys(entry.keys()), 0, row);
                Label description = new Label(messages.get(entry.descriptionKey()));
                description.setWrapText(true);
                grid.add(description, 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // The list is read, not worked in: Tab goes straight to Close.
        scroll.setFocusTraversable(false);

        Button close = new Button(messages.get("button.close"));
        close.setId("shortcutsCloseButton");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 20, 14, 20));

        BorderPane root = new BorderPane(scroll);
        root.setBottom(buttons);
        root.setId("shortcutsSheet");
        root.getStyleClass().add("shortcuts-sheet");
        return root;
    }

    /** The keys of one line as key caps: alternatives apart, "…" between the ends of a range. */
    private Node keys(List<String> combinations) {
        HBox box = new HBox(4);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        String before = null;
        for (String combination : combinations) {
            if ("…".equals(combination)) {
                box.getChildren().add(muted("…"));
            } else {
                if (before != null && !"…".equals(before)) {
                    box.getChildren().add(muted(messages.get("shortcuts.or")));
                }
                List<String> names = keyText.keys(combination);
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        box.getChildren().add(muted("+"));
                    }
                    Label cap = new Label(names.get(i));
                    cap.getStyleClass().add("key-cap");
                    cap.setMinWidth(Region.USE_PREF_SIZE);
                    box.getChildren().add(cap);
                }
            }
            before = combination;
        }
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
