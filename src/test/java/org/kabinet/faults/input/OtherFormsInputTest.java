package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kabinet.logic.ClientService;
import org.kabinet.logic.ExerciseService;
import org.kabinet.logic.NoteService;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.SessionService;
import org.kabinet.logic.SettingsService;
import org.kabinet.logic.ValidationException;
import org.kabinet.logic.search.SearchResults;
import org.kabinet.logic.search.SearchService;
import org.kabinet.model.Client;
import org.kabinet.model.Exercise;
import org.kabinet.model.FieldError;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.PracticeSettings;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/**
 * The other forms' rules against bad input, through the services they save with (session,
 * note, exercise, settings), and the search box: a refused value gets its own message in both
 * languages and changes nothing; a legal but odd text is stored as typed; whatever is typed in
 * the search box never reaches SQLite as syntax.
 */
@ExtendWith(BadInputTally.class)
class OtherFormsInputTest {

    @TempDir
    Path dir;

    private Database db;
    private Client olga;
    private Fingerprint before;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir);
        olga = new ClientService(db, TestClock.FIXED).save(ClientBuilders.olga().build());
        NoteService notes = new NoteService(db, TestClock.FIXED);
        notes.save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("Говорили про тревогу")));
        before = Fingerprint.of(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Stream<Arguments> sessions() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 10, 0);
        return Stream.of(
                session("session without a start", s -> s.withStart(null), "session.error.start"),
                session("session of 0 minutes", s -> minutes(s, 0), "session.error.minutes"),
                session("session of a week", s -> minutes(s, 7 * 24 * 60), "session.error.minutes"),
                session("negative fee", s -> new Session(s.id(), s.clientId(), at, 60, s.format(), s.kind(),
                        s.status(), false, -500L, false, null, null), "session.error.fee"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void saveSession_badField_refusedWithItsMessage_andNothingChanges(String kind, Consumer<Session[]> change,
            String key) {
        Session[] s = {Session.planned(olga.id(), LocalDateTime.of(2026, 12, 1, 10, 0), SessionKind.SINGLE)};
        change.accept(s);

        List<FieldError> errors = SessionService.errors(s[0]);

        assertThat(errors).extracting(FieldError::messageKey).contains(key);
        ClearMessage.assertClear(key);
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("form: " + kind);
    }

    @Test
    void saveNote_pastOverTwoMillionCharacters_refused_andTheNoteStaysAsItWas() {
        NoteService notes = new NoteService(db, TestClock.FIXED);
        Note saved = notes.forClient(olga.id()).get(0);

        assertThatThrownBy(() -> notes.save(saved.withText(NoteText.free("а".repeat(NoteText.MAX_LENGTH + 1)))))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("note.error.tooLong"));
        ClearMessage.assertClear("note.error.tooLong");
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("form: note over two million characters");
    }

    @Test
    void saveNote_loneSurrogate_refusedRatherThanStoredAsAQuestionMark() {
        NoteService notes = new NoteService(db, TestClock.FIXED);
        Note saved = notes.forClient(olga.id()).get(0);

        assertThatThrownBy(() -> notes.save(saved.withText(NoteText.free("Говорили про тревогу \uD83D"))))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("note.error.brokenCharacter"));
        ClearMessage.assertClear("note.error.brokenCharacter");
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("form: note with a lone surrogate");
    }

    @Test
    void saveNote_injectionLikeAndControlText_storedAsTyped() {
        NoteService notes = new NoteService(db, TestClock.FIXED);
        String body = "'); DROP TABLE note;--\n%s %n ${jndi:ldap://x}\n<script>alert(1)</script>\t../../etc/passwd\r\n"
                + "Ан\u200Bна \u202Eтекст 🌸";
        Note saved = notes.save(Note.draft(olga.id(), null, TestClock.TODAY.minusDays(1)).withText(NoteText.free(body)));

        assertThat(notes.find(saved.id()).orElseThrow().text().body()).isEqualTo(body.strip());
        assertThat(db.integrityProblems()).isEmpty();
        notes.delete(saved.id());
        assertThat(Fingerprint.of(db).count("note")).isEqualTo(before.count("note"));
        BadInputTally.record("form: note with injection-like text");
    }

    static Stream<Arguments> exerciseTitles() {
        return Stream.of(Arguments.of("exercise without a title", ""),
                Arguments.of("exercise title of spaces", "     "),
                Arguments.of("exercise title of 5 MB", ClientCardInputTest.HUGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exerciseTitles")
    void saveExercise_badTitle_refused_andNothingChanges(String kind, String title) {
        Exercise exercise = Exercise.blank().withTexts(title, "", "", "", "", "");

        assertThatThrownBy(() -> new ExerciseService(db).save(exercise)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exercise.error.title"));
        ClearMessage.assertClear("exercise.error.title");
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("form: " + kind);
    }

    static Stream<Arguments> practiceNames() {
        return Stream.of(Arguments.of("practice name with a control character", "Кабинет\u0007"),
                Arguments.of("practice name past its limit", "к".repeat(PracticeSettings.MAX_NAME + 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("practiceNames")
    void saveSettings_badPracticeName_refused_andNothingChanges(String kind, String name) {
        SettingsService settings = new SettingsService(db);
        PracticeSettings bad = new PracticeSettings(name, settings.practice().sheets(), settings.practice().followUps());

        assertThatThrownBy(() -> settings.save(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> e.errors().forEach(error -> ClearMessage.assertClear(error.messageKey())));
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("settings: " + kind);
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("search: an unclosed double quote", "\"тревог"),
                Arguments.of("search: FTS operators", "NEAR(тревога AND OR NOT"),
                Arguments.of("search: a star and a caret", "* ^тре*"),
                Arguments.of("search: a column filter", "body: тревога"),
                Arguments.of("search: SQL injection", "'); DROP TABLE client;--"),
                Arguments.of("search: LIKE wildcards", "%_% \\"),
                Arguments.of("search: only punctuation", "(((\"-:*)))"),
                Arguments.of("search: only spaces", "     "),
                Arguments.of("search: control characters", "тре\u0000во\u0007га"),
                Arguments.of("search: a lone surrogate", "тревога\uD800"),
                Arguments.of("search: a pasted megabyte", "тревога ".repeat(128 * 1024)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void search_anythingTyped_answersWithoutAnError_andChangesNothing(String kind, String typed) {
        SearchResults results = new SearchService(db).search(typed, Locale.forLanguageTag("ru"), lesson -> "");

        assertThat(results).isNotNull();
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record(kind);
    }

    private static Arguments session(String kind, java.util.function.UnaryOperator<Session> change, String key) {
        Consumer<Session[]> apply = s -> s[0] = change.apply(s[0]);
        return Arguments.of(kind, apply, key);
    }

    private static Session minutes(Session s, int minutes) {
        return new Session(s.id(), s.clientId(), s.start(), minutes, s.format(), s.kind(), s.status(), false,
                s.fee(), false, null, null);
    }
}
