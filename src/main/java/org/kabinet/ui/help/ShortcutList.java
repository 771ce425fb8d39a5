package org.kabinet.ui.help;

import java.util.List;

/**
 * Every keyboard shortcut Kabinet has, grouped by where it works, for the shortcuts sheet. Kept
 * beside the code that handles the keys only by name: when a screen gains a key, add it here
 * (the keys are found with a grep for KeyCode, KeyCombination and setOnKeyPressed under ui/).
 */
public final class ShortcutList {

    /** One line of the sheet: the keys (alternatives, or "…" for a range) and what they do. */
    public record Entry(String descriptionKey, List<String> keys) {
    }

    /** A heading and its lines. */
    public record Group(String titleKey, List<Entry> entries) {
    }

    private ShortcutList() {
    }

    private static Entry e(String key, String... keys) {
        return new Entry("shortcuts." + key, List.of(keys));
    }

    private static Group g(String key, Entry... entries) {
        return new Group("shortcuts.group." + key, List.of(entries));
    }

    /** The groups in the order the sheet shows them. */
    public static List<Group> groups() {
        return List.of(
                g("everywhere",
                        e("sheet", "F1"),
                        e("search", "SHORTCUT+K", "SHORTCUT+F"),
                        e("newClient", "SHORTCUT+N"),
                        e("areas", "SHORTCUT+1", "…", "SHORTCUT+7"),
                        e("lock", "SHORTCUT+L"),
                        e("settings", "SHORTCUT+,"),
                        e("quit", "SHORTCUT+Q"),
                        e("tab", "TAB", "SHIFT+TAB"),
                        e("tabOut", "CTRL+TAB"),
                        e("space", "SPACE"),
                        e("esc", "ESC")),
                g("card",
                        e("card.save", "SHORTCUT+S"),
                        e("card.cancel", "ESC"),
                        e("card.openSession", "ENTER"),
                        e("card.delete", "DELETE"),
                        e("card.openEntry", "ENTER")),
                g("today",
                        e("today.move", "UP", "DOWN"),
                        e("today.open", "ENTER"),
                        e("today.close", "SHORTCUT+ENTER")),
                g("calls",
                        e("calls.move", "UP", "DOWN"),
                        e("calls.log", "ENTER", "L"),
                        e("calls.postpone", "P"),
                        e("calls.dismiss", "DELETE", "D"),
                        e("calls.open", "O")),
                g("calendar",
                        e("calendar.previous", "PAGE_UP", "ALT+LEFT"),
                        e("calendar.next", "PAGE_DOWN", "ALT+RIGHT"),
                        e("calendar.thisWeek", "T"),
                        e("calendar.open", "ENTER", "SPACE")),
                g("programs",
                        e("programs.move", "ALT+UP", "ALT+DOWN")),
                g("search",
                        e("search.move", "UP", "DOWN"),
                        e("search.open", "ENTER"),
                        e("search.close", "ESC")),
                g("dialogs",
                        e("dialogs.save", "SHORTCUT+ENTER"),
                        e("dialogs.tick", "SPACE"),
                        e("dialogs.exercise", "SHORTCUT+S"),
                        e("dialogs.cancel", "ESC")));
    }
}
