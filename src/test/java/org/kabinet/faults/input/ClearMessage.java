package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;

/** What makes a message one a person can read: words from our bundles, nothing from the machine. */
final class ClearMessage {

    static final Messages EN = Messages.of(Language.EN);
    static final Messages RU = Messages.of(Language.RU);

    private ClearMessage() {
    }

    /** The key resolves in both languages, and both texts are clear. */
    static void assertClear(String key, Object... args) {
        assertThat(EN.has(key)).as("English has " + key).isTrue();
        assertThat(RU.has(key)).as("Russian has " + key).isTrue();
        assertClearText(EN.get(key, args));
        assertClearText(RU.get(key, args));
        assertThat(RU.get(key, args)).as("the Russian text is Russian").containsPattern("[а-яА-Я]");
    }

    /** A shown text: not blank, no exception class, no "null", no stack trace, no raw SQL. */
    static void assertClearText(String text) {
        assertThat(text).isNotBlank()
                .doesNotContain("Exception", "null", "\tat ", "at org.", "at java.", "SQL", "sqlite", "CONSTRAINT",
                        "{0}", "{1}")
                .doesNotMatch("(?s)!\\S+!.*")
                .as("no control characters reach the screen or the terminal")
                .doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]");
    }
}
