package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * {@code search} prints what the search field finds, grouped, with the time it took; private notes'
 * words stay out unless asked for.
 */
class SearchCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path file;

    @BeforeEach
    void practice() {
        file = folder.resolve("k.db");
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            Client olga = practice.clients().save(ClientBuilders.olga().build());
            practice.notes().save(Note.draft(olga.id(), null, TestClock.TODAY)
                    .withText(NoteText.free("Говорила об отце и его болезни прошлой весной")));
            practice.notes().save(Note.draft(olga.id(), null, TestClock.TODAY.minusDays(7)).withPrivate(true)
                    .withText(NoteText.free("Контрперенос: думала о своём отце")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void search_prefix_printsGroupedResultsWithMatchesAndTheTime() {
        assertThat(run(Language.EN, "search", "--db", file.toString(), "отц")).isZero();

        assertThat(out()).contains("Notes (2)", "Иванова Ольга Петровна", "об [отце] и его болезни",
                "(Private)", "Searched in");
        assertThat(out()).doesNotContain("Контрперенос");
    }

    @Test
    void search_json_hidesPrivateWordsUnlessIncluded() {
        assertThat(run(Language.EN, "search", "--db", file.toString(), "отц", "болезн", "--json")).isZero();
        assertThat(out()).contains("\"kind\": \"note\"", "\"total\": 1", "\"words\": [ \"отц\", \"болезн\" ]",
                "\"ms\": ");

        out.reset();
        assertThat(run(Language.EN, "search", "--db", file.toString(), "отц", "--json")).isZero();
        assertThat(out()).contains("\"private\": true", "\"snippet\": null").doesNotContain("Контрперенос");

        out.reset();
        assertThat(run(Language.EN, "search", "--db", file.toString(), "--include-private", "--json", "отц")).isZero();
        assertThat(out()).contains("Контрперенос: думала о своём [отце]");
    }

    @Test
    void search_phoneDigitsInRussian_findsTheClient() {
        assertThat(run(Language.RU, "search", "--db", file.toString(), "8(916)123-45-67")).isZero();

        assertThat(out()).contains("Клиенты (1)", "[+7 (916) 123-45-67]", "Поиск занял");
    }

    @Test
    void search_onlyPunctuation_saysSoAndSucceeds() {
        assertThat(run(Language.EN, "search", "--db", file.toString(), "!!!", "AND")).isZero();

        assertThat(out()).contains("punctuation and search operators alone find nothing");
    }

    @Test
    void search_noText_refusedWithAClearMessage() {
        assertThat(run(Language.EN, "search", "--db", file.toString())).isNotZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Give the words to search for");
    }

    @Test
    void search_nothingFound_saysSo() {
        assertThat(run(Language.EN, "search", "--db", file.toString(), "zzzz")).isZero();

        assertThat(out()).contains("Nothing found for \"zzzz\".");
    }
}
