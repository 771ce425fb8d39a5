package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Client;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Exercise;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.SheetSettings;
import org.kabinet.model.Source;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

class MigrationsTest {

    private static final List<String> SEEDED_CODES = List.of(
            "recommendation", "website", "community", "media", "talk", "specialist", "other");

    @TempDir
    Path dir;

    @Test
    void scripts_numberedInOrder_positionIsVersion() {
        for (int version = 1; version <= Migrations.LATEST; version++) {
            assertThat(Migrations.SCRIPTS.get(version - 1)).startsWith(String.format("V%03d__", version));
            assertThat(Migrations.script(version)).isNotBlank();
        }
    }

    @Test
    void migrate_emptyFile_latestVersionWithApplicationIdAndSeededSources() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (Connection c = connect(file)) {
            Migrations.migrate(c, 0);

            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA application_id")).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(strings(c, "SELECT code FROM source ORDER BY position")).isEqualTo(SEEDED_CODES);
            assertThat(strings(c, "SELECT DISTINCT name || '/' || retired FROM source")).containsExactly("/0");
            assertThat(DatabaseOpener.queryString(c, "PRAGMA foreign_key_check")).isNull();
        }
    }

    @Test
    void migrate_alreadyLatest_changesNothing() throws Exception {
        Path file = dir.resolve("k.db");
        try (Connection c = connect(file)) {
            Migrations.migrate(c, 0);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO source (name, position) VALUES ('Авито', 8)");
            }

            Migrations.migrate(c, Migrations.LATEST);

            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryInt(c, "SELECT count(*) FROM source")).isEqualTo(8);
        }
    }

    @Test
    void migrate_scriptFails_versionAndSchemaUnchanged() throws Exception {
        Path file = dir.resolve("k.db");
        try (Connection c = connect(file)) {
            try (Statement st = c.createStatement()) {
                // A table the first script also creates: the script fails halfway through.
                st.executeUpdate("CREATE TABLE client (id INTEGER PRIMARY KEY)");
            }

            assertThatThrownBy(() -> Migrations.migrate(c, 0))
                    .isInstanceOf(SQLException.class);

            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isZero();
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA application_id")).isZero();
            assertThat(DatabaseOpener.queryInt(c, "SELECT count(*) FROM sqlite_master WHERE name = 'source'"))
                    .isZero();
        }
    }

    @Test
    void openOrCreate_reopenedAtLatest_idempotentAndNoCopyAside() throws Exception {
        Path file = dir.resolve("kabinet.db");
        DatabaseOpener opener = new DatabaseOpener(TestClock.FIXED);
        try (Database db = opener.openOrCreate(file)) {
            db.write(tx -> tx.clients().insert(ClientBuilders.olga().build()));
        }

        try (Database db = opener.openOrCreate(file)) {
            List<Source> sources = db.read(tx -> tx.sources().all());
            assertThat(sources).extracting(Source::code).isEqualTo(SEEDED_CODES);
            long clients = db.read(tx -> tx.counts().clients());
            assertThat(clients).isEqualTo(1);
        }
        try (Database db = opener.openOrCreate(file)) {
            List<Source> sources = db.read(tx -> tx.sources().all());
            assertThat(sources).hasSize(SEEDED_CODES.size());
        }

        try (Connection c = connect(file)) {
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA application_id")).isEqualTo(Migrations.APPLICATION_ID);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".bak"));
        }
    }

    @Test
    void migrate_versionOneFileWithClients_keepsEveryClientAndAddsTheBaseWithFifteenLessons() throws Exception {
        Path file = dir.resolve("v1.db");
        Client olga;
        Client anna;
        try (Connection c = connect(file)) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(Migrations.script(1));
                st.executeUpdate("PRAGMA user_version = 1");
            }
            ClientRepository clients = new ClientRepository(c, TestClock.FIXED);
            olga = clients.insert(ClientBuilders.olga().build());
            anna = clients.insert(ClientBuilders.anna().referredById(olga.id()).build());
        }

        try (Database db = new DatabaseOpener(TestClock.FIXED).openOrCreate(file)) {
            Optional<Client> olgaAfter = db.read(tx -> tx.clients().find(olga.id()));
            Optional<Client> annaAfter = db.read(tx -> tx.clients().find(anna.id()));
            List<ClientSummary> rows = db.read(tx -> tx.clients().summaries());
            List<Source> sources = db.read(tx -> tx.sources().all());
            assertThat(olgaAfter).contains(olga);
            assertThat(annaAfter).contains(anna);
            assertThat(rows).hasSize(2)
                    .allMatch(row -> row.lastSession() == null && row.nextSession() == null && row.progress() == null);
            assertThat(sources).extracting(Source::code).isEqualTo(SEEDED_CODES);

            List<Program> programs = db.read(tx -> tx.programs().programs());
            assertThat(programs).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(Program.BASE);
                assertThat(p.hasOwnName()).isFalse();
                assertThat(p.retired()).isFalse();
            });
            List<Lesson> lessons = db.read(tx -> tx.programs().lessons(programs.get(0).id()));
            assertThat(lessons).extracting(Lesson::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                    13, 14, 15);
            assertThat(lessons).extracting(Lesson::code).startsWith("base.birth", "base.childhood", "base.death",
                    "base.body", "base.manWoman").endsWith("base.lesson6", "base.lesson7", "base.lesson8",
                    "base.lesson9", "base.lesson10", "base.lesson11", "base.lesson12", "base.lesson13",
                    "base.lesson14", "base.lesson15");
            assertThat(lessons).noneMatch(l -> l.hasOwnTitle() || l.retired());
            Map<String, Long> counts = db.read(tx -> tx.counts().all());
            assertThat(counts).containsEntry("clients", 2L).containsEntry("goals", 2L)
                    .containsEntry("phones", 3L).containsEntry("sessions", 0L).containsEntry("enrolments", 0L);

            Messages ru = Messages.of(Language.RU);
            Messages en = Messages.of(Language.EN);
            assertThat(ProgramLabels.program(programs.get(0), ru)).isEqualTo("База");
            assertThat(ProgramLabels.program(programs.get(0), en)).isEqualTo("Base");
            assertThat(lessons.subList(0, 5)).extracting(l -> ProgramLabels.lesson(l, ru)).containsExactly(
                    "Рождение (перепрограммирование своей жизни)", "Детские обиды", "Смерть (работа со страхом)",
                    "Снятие блоков в теле", "Мужчина и женщина");
            assertThat(lessons.subList(0, 5)).extracting(l -> ProgramLabels.lesson(l, en)).containsExactly(
                    "Birth (reprogramming your life)", "Childhood grievances", "Death (working with fear)",
                    "Removing blocks in the body", "Man and woman");
            assertThat(ProgramLabels.lesson(lessons.get(5), ru)).isEqualTo("Урок 6");
            assertThat(ProgramLabels.lesson(lessons.get(14), en)).isEqualTo("Lesson 15");
        }
        try (Connection c = connect(file)) {
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryString(c, "PRAGMA foreign_key_check")).isNull();
        }
    }

    @Test
    void migrate_versionTwoFileWithSessionsAndEnrolments_keepsEverythingAndSeedsFourteenExercises()
            throws Exception {
        Path file = dir.resolve("v2.db");
        Client olga;
        Enrolment enrolment;
        Session lesson;
        Session single;
        try (Connection c = connect(file)) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(Migrations.script(1));
                st.executeUpdate(Migrations.script(2));
                st.executeUpdate("PRAGMA user_version = 2");
            }
            Transaction tx = new Transaction(c, TestClock.FIXED);
            olga = tx.clients().insert(ClientBuilders.olga().build());
            tx.clients().insert(ClientBuilders.anna().referredById(olga.id()).build());
            Program base = tx.programs().programs().get(0);
            Lesson first = tx.programs().lessons(base.id()).get(0);
            enrolment = tx.enrolments().insert(new Enrolment(0, olga.id(), base.id(), LocalDate.of(2026, 9, 1),
                    45_000L, EnrolmentStatus.ACTIVE, LocalDate.of(2026, 9, 1)));
            lesson = tx.sessions().insert(Session.planned(olga.id(), LocalDateTime.of(2026, 9, 8, 11, 0),
                    SessionKind.LESSON).withStatus(SessionStatus.DONE).withLesson(enrolment.id(), first.id()));
            single = tx.sessions().insert(Session.planned(olga.id(), LocalDateTime.of(2026, 12, 1, 11, 0),
                    SessionKind.SINGLE));
        }

        try (Database db = new DatabaseOpener(TestClock.FIXED).openOrCreate(file)) {
            Optional<Client> olgaAfter = db.read(tx -> tx.clients().find(olga.id()));
            List<Session> sessions = db.read(tx -> tx.sessions().forClient(olga.id()));
            Optional<Enrolment> enrolmentAfter = db.read(tx -> tx.enrolments().find(enrolment.id()));
            assertThat(olgaAfter).contains(olga);
            assertThat(sessions).containsExactlyInAnyOrder(lesson, single);
            assertThat(enrolmentAfter).contains(enrolment);
            Map<String, Long> counts = db.read(tx -> tx.counts().all());
            assertThat(counts).containsEntry("clients", 2L).containsEntry("sessions", 2L)
                    .containsEntry("enrolments", 1L).containsEntry("lessons", 15L)
                    .containsEntry("exercises", 14L).containsEntry("homework", 0L);
            List<Exercise> exercises = db.read(tx -> tx.exercises().all());
            assertThat(exercises).extracting(Exercise::code).containsExactly("eveningReview", "disidentification",
                    "idealModel", "subpersonalities", "innerGuide", "safePlace", "unsentLetter", "awareNow",
                    "partDialogue", "bodyScan", "squareBreathing", "emotionsDiary", "thoughtRecord", "gratitude");
            assertThat(exercises).noneMatch(e -> e.ownTexts() || e.retired());
            SheetSettings sheets = db.read(tx -> tx.meta().sheetSettings());
            assertThat(sheets).isEqualTo(SheetSettings.DEFAULT);
        }
        try (Connection c = connect(file)) {
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryString(c, "PRAGMA foreign_key_check")).isNull();
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
