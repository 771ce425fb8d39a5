package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.SearchKind;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestDatabases;

/** Many rows a statement (a generated practice's volume): all saved, in order, and in the search index. */
class InsertAllTest {

    @TempDir
    Path dir;

    private Database db;
    private long clientId;

    @BeforeEach
    void openDatabase() {
        db = TestDatabases.fresh(dir);
        clientId = db.write(tx -> tx.clients().insert(ClientBuilders.olga().build()).id());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void insertAll_moreRowsThanOneStatementHolds_savesAllInOrderAndIndexesThem() {
        int count = Sql.ROWS_PER_INSERT * 2 + 7;
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(new Session(0, clientId, LocalDateTime.of(2020, 1, 1, 10, 0).plusDays(i),
                    Session.DEFAULT_MINUTES, SessionFormat.IN_PERSON, SessionKind.SINGLE, SessionStatus.DONE, false,
                    3000L, true, null, null));
        }
        List<Session> saved = db.write(tx -> tx.sessions().insertAll(sessions));
        List<Note> notes = new ArrayList<>();
        List<Homework> homework = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = saved.get(i).start().toLocalDate();
            notes.add(new Note(0, clientId, saved.get(i).id(), day, false, false,
                    NoteText.free(i == count - 1 ? "the last one: lighthouse" : "note " + i), null));
            homework.add(new Homework(0, clientId, saved.get(i).id(), null, null, i == 0 ? "lighthouse walk" : "walk",
                    "twenty minutes", day, day.plusDays(7), HomeworkStatus.ASSIGNED, "", ""));
        }
        db.write(tx -> {
            tx.notes().insertAll(notes);
            tx.homework().insertAll(homework);
            return null;
        });

        assertThat(saved).extracting(Session::start).isEqualTo(sessions.stream().map(Session::start).toList());
        assertThat(saved).extracting(Session::id).isSorted().doesNotHaveDuplicates();
        db.read(tx -> {
            assertThat(tx.sessions().forClient(clientId)).isEqualTo(saved);
            List<Note> read = tx.notes().forClient(clientId).stream().sorted(Comparator.comparingLong(Note::id)).toList();
            assertThat(read).extracting(Note::text).isEqualTo(notes.stream().map(Note::text).toList());
            List<Homework> given = tx.homework().forClient(clientId).stream()
                    .sorted(Comparator.comparingLong(Homework::id)).toList();
            assertThat(given).extracting(Homework::sessionId).isEqualTo(homework.stream().map(Homework::sessionId)
                    .toList());
            assertThat(tx.search().count(SearchKind.NOTE, "lighthouse")).isEqualTo(1);
            assertThat(tx.search().count(SearchKind.NOTE, "note")).isEqualTo(count - 1);
            assertThat(tx.search().count(SearchKind.HOMEWORK, "lighthouse")).isEqualTo(1);
            assertThat(tx.search().count(SearchKind.HOMEWORK, "walk")).isEqualTo(count);
            return null;
        });
    }

    @Test
    void insertAll_nothing_writesNothing() {
        db.write(tx -> {
            tx.notes().insertAll(List.of());
            tx.homework().insertAll(List.of());
            assertThat(tx.sessions().insertAll(List.of())).isEmpty();
            return null;
        });
        List<Note> notes = db.read(tx -> tx.notes().forClient(clientId));
        assertThat(notes).isEmpty();
    }
}
