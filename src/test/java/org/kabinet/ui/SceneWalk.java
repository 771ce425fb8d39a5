package org.kabinet.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;

/** Looks through what a window shows, as a person would see it: only nodes that are visible. */
final class SceneWalk {

    private SceneWalk() {
    }

    /** Every visible node under {@code root}, itself included (skins' nodes too). */
    static List<Node> visible(Node root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        found.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /** A button a person clicks that says nothing in words: no text, and no tooltip to explain it. */
    static boolean isSilentButton(Node node) {
        if (!(node instanceof Button || node instanceof ToggleButton || node instanceof MenuButton)) {
            return false;
        }
        ButtonBase button = (ButtonBase) node;
        return blank(button.getText()) && !graphicHasText(button.getGraphic()) && button.getTooltip() == null;
    }

    /** A button whose text sits in its graphic, beside an icon (the sidebar's search and calls). */
    private static boolean graphicHasText(Node graphic) {
        return graphic != null && visible(graphic).stream()
                .anyMatch(n -> n instanceof Labeled l && !blank(l.getText()));
    }

    /** A list or table that would show nothing, or JavaFX's English "No content", when empty. */
    static boolean lacksPlaceholder(Node node) {
        if (inComboBox(node)) {
            // A combo box's drop-down list: it is never shown empty.
            return false;
        }
        Node placeholder;
        if (node instanceof TableView<?> t) {
            placeholder = t.getPlaceholder();
        } else if (node instanceof ListView<?> l) {
            placeholder = l.getPlaceholder();
        } else if (node instanceof TreeTableView<?> t) {
            placeholder = t.getPlaceholder();
        } else {
            return false;
        }
        if (placeholder == null) {
            return true;
        }
        if (placeholder instanceof Labeled l) {
            return blank(l.getText());
        }
        return !(placeholder instanceof Parent p) || p.getChildrenUnmodifiable().isEmpty()
                || !graphicHasText(placeholder);
    }

    private static boolean inComboBox(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ComboBoxBase<?>) {
                return true;
            }
        }
        return "list-view".equals(node.getId()) && node.getStyleClass().contains("combo-box-popup");
    }

    /** What to call a node in a failure message. */
    static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName() + "#" + node.getId());
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                path.append(" in #").append(p.getId());
                break;
            }
        }
        return path.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
