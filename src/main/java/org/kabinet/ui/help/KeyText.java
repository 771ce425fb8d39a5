package org.kabinet.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kabinet.i18n.Messages;

/**
 * The names of keys as the keyboard in front of her prints them: Ctrl and Alt on Windows and
 * Linux, Cmd and Option on a Mac (where JavaFX's SHORTCUT is the Command key).
 */
public final class KeyText {

    private final Messages messages;
    private final boolean mac;

    public KeyText(Messages messages, boolean mac) {
        this.messages = messages;
        this.mac = mac;
    }

    /** For this computer. */
    public static KeyText ofThisSystem(Messages messages) {
        return new KeyText(messages, System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac"));
    }

    /** The keys of one combination, each as printed on its key: "SHORTCUT+ENTER" → [Ctrl, Enter]. */
    public List<String> keys(String combination) {
        List<String> names = new ArrayList<>();
        for (String part : combination.split("\\+")) {
            names.add(name(part));
        }
        return names;
    }

    private String name(String key) {
        return switch (key) {
            case "SHORTCUT" -> mac ? "Cmd" : "Ctrl";
            // Ctrl itself, also on a Mac (Ctrl+Tab in a text box).
            case "CTRL" -> "Ctrl";
            case "ALT" -> mac ? "Option" : "Alt";
            case "SHIFT" -> "Shift";
            case "UP" -> "↑";
            case "DOWN" -> "↓";
            case "LEFT" -> "←";
            case "RIGHT" -> "→";
            case "PAGE_UP" -> "Page Up";
            case "PAGE_DOWN" -> "Page Down";
            case "ENTER" -> mac ? "Return" : "Enter";
            case "ESC" -> "Esc";
            case "TAB" -> "Tab";
            case "DELETE" -> "Delete";
            case "SPACE" -> messages.get("shortcuts.key.space");
            default -> key;
        };
    }
}
