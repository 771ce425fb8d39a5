package org.kabinet.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinnedLineTest {

    @Test
    void from_selection_takesTheSelectedWords() {
        assertThat(PinnedLine.from("  her sister ", "ask about her sister\nand more", 0)).isEqualTo("her sister");
    }

    @Test
    void from_noSelection_takesTheLineOfTheCaret() {
        String text = "first line\r\nask about the dream\nlast";
        assertThat(PinnedLine.from("", text, text.indexOf("dream"))).isEqualTo("ask about the dream");
        assertThat(PinnedLine.from(null, text, text.length())).isEqualTo("last");
        assertThat(PinnedLine.from("", text, 0)).isEqualTo("first line");
    }

    @Test
    void from_caretOnEmptyLine_isEmpty() {
        assertThat(PinnedLine.from("", "a\n\nb", 2)).isEmpty();
        assertThat(PinnedLine.from("", "", 0)).isEmpty();
    }
}
