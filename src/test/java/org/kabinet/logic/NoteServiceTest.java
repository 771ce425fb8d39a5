package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Note;
import org.kabinet.model.NoteSection;
import org.kabinet.model.NoteText;
import org.kabinet.model.NoteVersion;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.MovableClock;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/** Notes: saving as she types, the history of changes, one note per session, pinning a line. */
class NoteServiceTest {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();
    private Database db;
    private NoteService notes;
    private Client olga;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir, clock);
        notes = new NoteService(db, clock);
        olga = new ClientService(db, clock).save(ClientBuilders.olga().askNextTime("").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Note draft(String text) {
        return Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free(text));
    }

    @Test
    void save_draftThenChanges_oneNoteHoldingTheLatestWords() {
        Note first = notes.save(draft("Пришла встревоженная"));
        clock.advance(Duration.ofSeconds(2));
        Note second = notes.save(first.withText(NoteText.free("Пришла встревоженная, говорила об отце")));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(notes.forClient(olga.id())).singleElement()
                .satisfies(n -> assertThat(n.text().body()).isEqualTo("Пришла встревоженная, говорила об отце"));
    }

    @Test
    void save_keepsTextExactlyAsTyped() {
        String typed = "  строка с пробелами \n\n«кавычки» 'it''s' ; DROP TABLE note; -- 😀 שלום\t";
        Note saved = notes.save(draft(typed));

        assertThat(notes.find(saved.id()).orElseThrow().text().body()).isEqualTo(typed);
    }

    @Test
    void save_aMegabyteOfText_savedWhole() {
        String big = "Очень длинная запись. ".repeat(50_000);
        Note saved = notes.save(draft(big));

        assertThat(notes.find(saved.id()).orElseThrow().text().body()).hasSize(big.length());
    }

    @Test
    void save_pastTheLimit_refusedWithItsMessage() {
        String tooBig = "x".repeat(NoteText.MAX_LENGTH + 1);

        assertThatThrownBy(() -> notes.save(draft(tooBig)))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("note.error.tooLong"));
        assertThat(notes.forClient(olga.id())).isEmpty();
    }

    @Test
    void history_savesWithinOneSitting_noVersions() {
        Note n = notes.save(draft("один"));
        for (String words : List.of("один два", "один два три", "один два три четыре")) {
            clock.advance(Duration.ofSeconds(5));
            n = notes.save(n.withText(NoteText.free(words)));
        }

        assertThat(notes.history(n.id())).isEmpty();
    }

    @Test
    void history_changedAfterAPause_keepsWhatItSaidAndWhen() {
        Note n = notes.save(draft("Тема: мама"));
        Instant firstSaved = n.updatedAt();
        clock.advance(Duration.ofDays(1));
        n = notes.save(n.withText(NoteText.free("Тема: отец")).withPrivate(true));
        clock.advance(Duration.ofMinutes(30));
        n = notes.save(n.withText(NoteText.free("Тема: отец и брат")));

        List<NoteVersion> history = notes.history(n.id());
        assertThat(history).extracting(v -> v.text().body()).containsExactly("Тема: отец", "Тема: мама");
        assertThat(history.get(1).savedAt()).isEqualTo(firstSaved);
        assertThat(history.get(1).replacedAt()).isEqualTo(firstSaved.plus(Duration.ofDays(1)));
        assertThat(history.get(1).privateNote()).isFalse();
        assertThat(history.get(0).privateNote()).isTrue();
    }

    @Test
    void history_savingTheSameWords_noVersionAndNoNewTime() {
        Note n = notes.save(draft("без изменений"));
        clock.advance(Duration.ofDays(2));
        Note again = notes.save(n);

        assertThat(again.updatedAt()).isEqualTo(n.updatedAt());
        assertThat(notes.history(n.id())).isEmpty();
    }

    @Test
    void save_structuredSections_keptApart() {
        NoteText text = NoteText.EMPTY.withSection(NoteSection.THEME, "Обида на мать")
                .withSection(NoteSection.PLAN, "Письмо, которое не отправляют");
        Note saved = notes.save(draft("").withStructured(true).withText(text));

        Note read = notes.find(saved.id()).orElseThrow();
        assertThat(read.structured()).isTrue();
        assertThat(read.text().theme()).isEqualTo("Обида на мать");
        assertThat(read.text().plan()).isEqualTo("Письмо, которое не отправляют");
        assertThat(read.text().headline()).isEqualTo("Обида на мать");
    }

    @Test
    void save_secondDraftForTheSameSession_joinsTheSessionsNote() {
        Session s = new SessionService(db, clock).save(
                Session.planned(olga.id(), LocalDateTime.of(2026, 11, 24, 9, 0), SessionKind.SINGLE),
                Set.of());
        Note first = notes.save(Note.draft(olga.id(), s.id(), TestClock.TODAY).withText(NoteText.free("a")));
        Note second = notes.save(Note.draft(olga.id(), s.id(), TestClock.TODAY).withText(NoteText.free("b")));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(notes.forSession(s.id())).hasValueSatisfying(n -> assertThat(n.text().body()).isEqualTo("b"));
    }

    @Test
    void save_clientDeleted_refused() {
        new ClientService(db, clock).deletePermanently(olga.id(), olga.name().full());

        assertThatThrownBy(() -> notes.save(draft("поздно"))).isInstanceOf(ClientGoneException.class);
    }

    @Test
    void delete_removesTheNoteAndItsHistory() {
        Note n = notes.save(draft("раз"));
        clock.advance(Duration.ofDays(1));
        notes.save(n.withText(NoteText.free("два")));
        notes.delete(n.id());

        assertThat(notes.forClient(olga.id())).isEmpty();
        assertThat(notes.history(n.id())).isEmpty();
    }

    @Test
    void pin_addsALineOnceAndClearRemovesIt() {
        notes.pin(olga.id(), "  Спросить про сон  ");
        notes.pin(olga.id(), "Как прошёл разговор с отцом?");
        String ask = notes.pin(olga.id(), "Спросить про сон");

        assertThat(ask).isEqualTo("Спросить про сон\nКак прошёл разговор с отцом?");
        assertThat(new ClientService(db, clock).load(olga.id()).orElseThrow().askNextTime()).isEqualTo(ask);

        notes.clearPinned(olga.id());
        assertThat(new ClientService(db, clock).load(olga.id()).orElseThrow().askNextTime()).isEmpty();
    }

    @Test
    void pin_blankLine_refused() {
        assertThatThrownBy(() -> notes.pin(olga.id(), "   "))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("note.error.pinEmpty"));
    }
}
