package org.kabinet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void clean_null_emptyString() {
        assertThat(Text.clean(null)).isEmpty();
    }

    @Test
    void clean_surroundingWhitespace_stripped() {
        assertThat(Text.clean(" \t Москва \u2003\n")).isEqualTo("Москва");
    }

    @Test
    void foldForSearch_lowerCaseYo_foldedToYe() {
        assertThat(Text.foldForSearch("Семёнова")).isEqualTo("семенова");
    }

    @Test
    void foldForSearch_upperCaseYo_foldedToYe() {
        assertThat(Text.foldForSearch("ЁЛКИНА")).isEqualTo("елкина");
    }

    @Test
    void foldForSearch_spellingsWithAndWithoutYo_equal() {
        assertThat(Text.foldForSearch("Алёна Фёдорова")).isEqualTo(Text.foldForSearch("АЛЕНА федорова"));
    }

    @Test
    void foldForSearch_null_emptyString() {
        assertThat(Text.foldForSearch(null)).isEmpty();
    }

    @Test
    void hasControlCharacters_plainText_false() {
        assertThat(Text.hasControlCharacters("Иванова Ольга", false)).isFalse();
    }

    @Test
    void hasControlCharacters_lineBreakInSingleLine_true() {
        assertThat(Text.hasControlCharacters("два\nслова", false)).isTrue();
    }

    @Test
    void hasControlCharacters_lineBreakAndTabInMultiLine_false() {
        assertThat(Text.hasControlCharacters("абзац\r\n\tабзац", true)).isFalse();
    }

    @Test
    void hasControlCharacters_escapeInMultiLine_true() {
        assertThat(Text.hasControlCharacters("текст\u001b[31m", true)).isTrue();
    }

    @Test
    void hasControlCharacters_c1ControlCharacter_true() {
        assertThat(Text.hasControlCharacters("текст\u0085", true)).isTrue();
    }

    @Test
    void hasControlCharacters_loneOrReversedSurrogate_true() {
        assertThat(Text.hasControlCharacters("Анна\uD800", false)).isTrue();
        assertThat(Text.hasControlCharacters("\uDE00\uD83D текст", true)).isTrue();
    }

    @Test
    void hasControlCharacters_emojiSurrogatePair_false() {
        assertThat(Text.hasControlCharacters("Анна 🌸", false)).isFalse();
    }
}
