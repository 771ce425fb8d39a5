package org.kabinet.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.ClientService;
import org.kabinet.logic.HomeworkService;
import org.kabinet.logic.NoteService;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Homework;
import org.kabinet.model.Note;
import org.kabinet.model.NoteSection;
import org.kabinet.model.NoteText;
import org.kabinet.model.SearchHit;
import org.kabinet.model.SearchKind;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/**
 * Search: prefixes in Russian and English, any case, phone numbers however written, and an index
 * that follows every edit and deletion.
 */
class SearchServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private SearchService search;
    private NoteService notes;
    private ClientService clients;
    private Client olga;
    private Messages russian;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir);
        search = new SearchService(db);
        notes = new NoteService(db, TestClock.FIXED);
        clients = new ClientService(db, TestClock.FIXED);
        olga = clients.save(ClientBuilders.olga().build());
        russian = Messages.of(Language.RU);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SearchResults find(String typed) {
        return search.search(typed, Locale.forLanguageTag("ru"), l -> ProgramLabels.lesson(l, russian));
    }

    private List<SearchHit> hits(String typed, SearchKind kind) {
        return find(typed).groups().stream().filter(g -> g.kind() == kind).flatMap(g -> g.hits().stream()).toList();
    }

    private Note note(String text) {
        return notes.save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free(text)));
    }

    @Test
    void search_russianPrefix_findsTheWordInAnyForm() {
        Note n = note("Много говорила об отношениях с отцом и его болезни прошлой весной.");

        List<SearchHit> found = hits("отц", SearchKind.NOTE);
        assertThat(found).extracting(SearchHit::id).containsExactly(n.id());
        assertThat(found.get(0).snippet().marked("[", "]")).contains("[отцом]");
        assertThat(found.get(0).client().full()).isEqualTo("Иванова Ольга Петровна");
    }

    @Test
    void search_anyCaseAndSeveralWords_allWordsRequired() {
        Note both = note("ОТЕЦ болел; разговор о Болезни");
        note("отец приезжал");

        assertThat(hits("отец болезн", SearchKind.NOTE)).extracting(SearchHit::id).containsExactly(both.id());
        assertThat(hits("Отец", SearchKind.NOTE)).hasSize(2);
    }

    @Test
    void search_englishPrefix() {
        Note n = note("She talked about her father's illness last spring");

        assertThat(hits("FATH ill", SearchKind.NOTE)).extracting(SearchHit::id).containsExactly(n.id());
    }

    @Test
    void search_wordInAStructuredSection_found() {
        Note n = notes.save(Note.draft(olga.id(), null, TestClock.TODAY).withStructured(true)
                .withText(NoteText.EMPTY.withSection(NoteSection.TECHNIQUES, "Пустой стул, диалог с частью")));

        assertThat(hits("стул", SearchKind.NOTE)).extracting(SearchHit::id).containsExactly(n.id());
    }

    @Test
    void search_clientByNamePrefixAndByContacts() {
        assertThat(hits("иван", SearchKind.CLIENT)).extracting(SearchHit::id).containsExactly(olga.id());
        assertThat(hits("Ольга Петр", SearchKind.CLIENT)).extracting(SearchHit::id).containsExactly(olga.id());
        assertThat(hits("olga@example", SearchKind.CLIENT)).extracting(SearchHit::id).containsExactly(olga.id());
        SearchHit hit = hits("иван", SearchKind.CLIENT).get(0);
        assertThat(hit.title().marked("[", "]")).isEqualTo("[Иванова] Ольга Петровна");
    }

    @Test
    void search_phoneInAnyFormat_findsTheClient() {
        // Olga's numbers: "+7 (916) 123-45-67" and "8 495 765 43 21".
        for (String typed : List.of("+7 916 123 45 67", "8(916)1234567", "9161234567", "123-45-67", "495 765")) {
            assertThat(hits(typed, SearchKind.CLIENT)).as(typed).extracting(SearchHit::id).containsExactly(olga.id());
        }
        assertThat(hits("123-45-67", SearchKind.CLIENT).get(0).snippet().marked("[", "]"))
                .contains("[+7 (916) 123-45-67]");
    }

    @Test
    void search_afterEdit_findsTheNewWordsAndNotTheOld() {
        Note n = note("говорили о матери");
        notes.save(n.withText(NoteText.free("говорили о сестре")));

        assertThat(hits("матер", SearchKind.NOTE)).isEmpty();
        assertThat(hits("сестр", SearchKind.NOTE)).extracting(SearchHit::id).containsExactly(n.id());
    }

    @Test
    void search_afterDeletingTheNote_gone() {
        Note n = note("уникальное слово зеркало");
        notes.delete(n.id());

        assertThat(find("зеркал").isEmpty()).isTrue();
    }

    @Test
    void search_afterDeletingTheClient_nothingOfTheirsIsFound() {
        note("уникальное слово зеркало");
        new HomeworkService(db, TestClock.FIXED).assign(List.of(new Homework(0, olga.id(), null, null, null,
                "Зеркальце", "Смотреть в зеркало", LocalDate.of(2026, 11, 24), null, null, "", "")), false);
        assertThat(find("зеркал").groups()).extracting(SearchGroup::kind)
                .containsExactly(SearchKind.NOTE, SearchKind.HOMEWORK);

        clients.deletePermanently(olga.id(), olga.name().full());

        assertThat(find("зеркал").isEmpty()).isTrue();
        assertThat(find("иван").isEmpty()).isTrue();
    }

    @Test
    void search_clientRenamed_foundByTheNewName() {
        clients.save(ClientBuilder.from(olga).name("Петрова", "Ольга", "Петровна").build());

        assertThat(hits("иванов", SearchKind.CLIENT)).isEmpty();
        assertThat(hits("петрова", SearchKind.CLIENT)).extracting(SearchHit::id).containsExactly(olga.id());
    }

    @Test
    void search_homeworkByFeedbackAndByTitleOfTheExercise() {
        HomeworkService homework = new HomeworkService(db, TestClock.FIXED);
        Homework given = homework.assign(List.of(new Homework(0, olga.id(), null, null, null, "Дневник эмоций",
                "Каждый вечер", LocalDate.of(2026, 11, 24), null, null, "", "")), false).get(0);
        homework.update(given.discussed("Было трудно писать про злость", ""));

        List<SearchHit> found = hits("злост", SearchKind.HOMEWORK);
        assertThat(found).extracting(SearchHit::id).containsExactly(given.id());
        assertThat(found.get(0).title().text()).isEqualTo("Дневник эмоций");
    }

    @Test
    void search_lessonByItsTitleInTheUsersLanguage() {
        List<SearchHit> found = hits("обид", SearchKind.LESSON);

        assertThat(found).extracting(h -> h.title().text()).containsExactly("Детские обиды");
        assertThat(found.get(0).title().marked("[", "]")).isEqualTo("Детские [обиды]");
    }

    @Test
    void search_onlyPunctuationOrOperators_nothingToSearchAndNoError() {
        note("AND OR NOT NEAR");
        for (String typed : List.of("", "   ", "!!!", "\"", "*", "(", ")", "-", "^", "AND", "OR NOT", "NEAR(", "\" OR \"",
                ":", "{}", "''")) {
            SearchResults r = find(typed);
            assertThat(r.nothingToSearch()).as(typed).isTrue();
            assertThat(r.groups()).as(typed).isEmpty();
        }
    }

    @Test
    void search_quotesSqlEmojiAndRightToLeft_plainWords() {
        Note n = note("Она сказала: \"Robert'); DROP TABLE note;--\" 😀 и שלום עולם");

        assertThat(hits("Robert'); DROP TABLE", SearchKind.NOTE)).extracting(SearchHit::id).containsExactly(n.id());
        assertThat(hits("שלו", SearchKind.NOTE)).extracting(SearchHit::id).containsExactly(n.id());
        assertThat(find("😀").nothingToSearch()).isTrue();
        assertThat(hits("сказала 😀", SearchKind.NOTE)).extracting(SearchHit::id).containsExactly(n.id());
    }

    @Test
    void search_yoTypedFindsTextWrittenWithYe() {
        Note n = note("ещё раз про мать");

        assertThat(hits("ещё", SearchKind.NOTE)).extracting(SearchHit::id).containsExactly(n.id());
        Note ye = note("еще раз");
        assertThat(hits("ещё", SearchKind.NOTE)).extracting(SearchHit::id).contains(ye.id());
    }

    @Test
    void search_manyMatches_firstPageAndTheTotal() {
        for (int i = 0; i < SearchService.PER_KIND + 5; i++) {
            note("сон номер " + i);
        }

        SearchGroup notesFound = find("сон").groups().stream().filter(g -> g.kind() == SearchKind.NOTE)
                .findFirst().orElseThrow();
        assertThat(notesFound.hits()).hasSize(SearchService.PER_KIND);
        assertThat(notesFound.total()).isEqualTo(SearchService.PER_KIND + 5);
        assertThat(notesFound.more()).isEqualTo(5);
    }

    @Test
    void search_privateNote_foundAndMarkedPrivate() {
        notes.save(Note.draft(olga.id(), null, TestClock.TODAY).withPrivate(true)
                .withText(NoteText.free("контрперенос")));

        assertThat(hits("контрпер", SearchKind.NOTE)).singleElement().matches(SearchHit::privateNote);
    }
}
