package org.kabinet.logic.clientimport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kabinet.model.PersonName;

/**
 * Splits a name written in one cell. Russian lists write "Иванова Анна Петровна" (last, first,
 * patronymic); a patronymic is recognised by its ending, so "Анна Петровна Иванова" and "Анна
 * Петровна" split right too. A Latin name of two words is "Anna Ivanova": first, then last.
 */
final class NameSplitter {

    private static final List<String> PATRONYMIC_ENDINGS = List.of("вна", "вич", "чна", "ична", "ьич", "оглы", "кызы");

    private NameSplitter() {
    }

    static PersonName split(String full) {
        String[] w = Arrays.stream(full.strip().split("\\s+")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        if (w.length == 0) {
            return new PersonName("", "", "");
        }
        if (w.length == 1) {
            return new PersonName("", w[0], "");
        }
        if (!isCyrillic(full)) {
            String first = String.join(" ", Arrays.copyOf(w, w.length - 1));
            return new PersonName(w[w.length - 1], first, "");
        }
        if (w.length == 2) {
            return isPatronymic(w[1]) ? new PersonName("", w[0], w[1]) : new PersonName(w[0], w[1], "");
        }
        if (w.length == 3 && isPatronymic(w[1]) && !isPatronymic(w[2])) {
            return new PersonName(w[2], w[0], w[1]);
        }
        return new PersonName(w[0], w[1], String.join(" ", Arrays.copyOfRange(w, 2, w.length)));
    }

    private static boolean isPatronymic(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return PATRONYMIC_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    private static boolean isCyrillic(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }
}
