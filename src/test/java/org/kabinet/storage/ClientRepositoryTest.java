package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.AddressForm;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Consents;
import org.kabinet.model.ContactDetails;
import org.kabinet.model.Goal;
import org.kabinet.model.GoalStatus;
import org.kabinet.model.PersonName;
import org.kabinet.model.PossibleDuplicate;
import org.kabinet.model.ProblemTag;
import org.kabinet.model.Source;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestDatabases;

class ClientRepositoryTest {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void openDatabase() {
        db = TestDatabases.fresh(dir);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Client insert(ClientBuilder card) {
        return db.write(tx -> tx.clients().insert(card.build()));
    }

    private Optional<Client> find(long id) {
        return db.read(tx -> tx.clients().find(id));
    }

    private List<PossibleDuplicate> duplicatesOf(Client card) {
        return db.read(tx -> tx.clients().possibleDuplicates(card));
    }

    private Optional<ClientStatus> statusBeforeArchive(long id) {
        return db.read(tx -> tx.clients().statusBeforeArchive(id));
    }

    private List<ClientSummary> summaries() {
        return db.read(tx -> tx.clients().summaries());
    }

    private Map<String, Long> counts() {
        return db.read(tx -> tx.counts().all());
    }

    @Test
    void insertThenFind_fullyFilledCard_everyFieldComesBack() {
        Client referrer = insert(ClientBuilders.anna());
        long source = db.read(tx -> tx.sources().idOfCode(Source.PERSONAL_RECOMMENDATION));
        Client card = ClientBuilders.olga()
                .sourceId(source)
                .referredById(referrer.id())
                .goals(List.of(new Goal("Спокойно говорить с мамой", GoalStatus.IN_PROGRESS),
                        new Goal("Перестать винить себя", GoalStatus.SET),
                        new Goal("Высыпаться", GoalStatus.ACHIEVED)))
                .problems(Set.of(ProblemTag.RELATIONSHIPS, ProblemTag.SELF_DOUBT, ProblemTag.STRESS))
                .endReason("Пауза на лето")
                .build();

        Client saved = db.write(tx -> tx.clients().insert(card));

        assertThat(saved.id()).isPositive().isNotEqualTo(referrer.id());
        assertThat(saved).isEqualTo(ClientBuilder.from(card).id(saved.id()).build());
        assertThat(find(saved.id())).contains(saved);
        Client found = find(saved.id()).orElseThrow();
        assertThat(found.contacts().phones()).containsExactly("+7 (916) 123-45-67", "8 495 765 43 21");
        assertThat(found.goals()).extracting(Goal::text).containsExactly(
                "Спокойно говорить с мамой", "Перестать винить себя", "Высыпаться");
        assertThat(found.consents()).isEqualTo(new Consents(LocalDate.of(2026, 9, 1), true, true, false));
    }

    @Test
    void insertThenFind_informalAndDoNotContact_flagsComeBack() {
        Client saved = insert(ClientBuilders.olga()
                .address(new AddressForm("Оля", false))
                .consents(new Consents(null, false, false, true)));

        Client found = find(saved.id()).orElseThrow();

        assertThat(found.address()).isEqualTo(new AddressForm("Оля", false));
        assertThat(found.consents()).isEqualTo(new Consents(null, false, false, true));
    }

    @Test
    void insertThenFind_minimalCard_absentValuesStayAbsent() {
        Client saved = insert(ClientBuilders.minimal("Анна"));

        Client found = find(saved.id()).orElseThrow();

        assertThat(found).isEqualTo(saved);
        assertThat(found.birthDate()).isNull();
        assertThat(found.sex()).isNull();
        assertThat(found.sourceId()).isNull();
        assertThat(found.referredById()).isNull();
        assertThat(found.contacts().preferred()).isNull();
        assertThat(found.contacts().phones()).isEmpty();
        assertThat(found.goals()).isEmpty();
        assertThat(found.problems()).isEmpty();
        assertThat(found.status()).isEqualTo(ClientStatus.ENQUIRY);
    }

    @Test
    void find_unknownId_empty() {
        assertThat(find(404)).isEmpty();
    }

    @Test
    void update_newPhonesGoalsAndProblems_replaceTheOldOnes() {
        Client saved = insert(ClientBuilders.olga());
        Client edited = ClientBuilder.from(saved)
                .contacts(new ContactDetails(List.of("8 903 111 22 33"), "olga.new@example.org", "",
                        Channel.EMAIL))
                .goals(List.of(new Goal("Найти работу по душе", GoalStatus.SET)))
                .problems(Set.of(ProblemTag.FINDING_ONESELF))
                .city("Санкт-Петербург")
                .build();

        db.write(tx -> {
            tx.clients().update(edited);
            return null;
        });

        assertThat(find(saved.id())).contains(edited);
        assertThat(counts()).containsEntry("phones", 1L).containsEntry("goals", 1L);
    }

    @Test
    void update_allPhonesAndGoalsRemoved_noneLeft() {
        Client saved = insert(ClientBuilders.olga());
        Client edited = ClientBuilder.from(saved).contacts(ContactDetails.NONE).goals(List.of())
                .problems(Set.of()).build();

        db.write(tx -> {
            tx.clients().update(edited);
            return null;
        });

        assertThat(find(saved.id())).contains(edited);
        assertThat(counts()).containsEntry("phones", 0L).containsEntry("goals", 0L);
    }

    @Test
    void update_deletedClient_storageExceptionClientGone() {
        Client ghost = ClientBuilders.olga().id(404).build();

        assertThatThrownBy(() -> db.write(tx -> {
            tx.clients().update(ghost);
            return null;
        })).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.messageKey()).isEqualTo("storage.clientGone"));
    }

    @Test
    void delete_clientWithPhonesGoalsProblemsAndHistory_removesEverything() throws Exception {
        Client olga = insert(ClientBuilders.olga());
        Client anna = insert(ClientBuilders.anna());

        db.write(tx -> {
            tx.clients().delete(olga.id());
            return null;
        });

        assertThat(find(olga.id())).isEmpty();
        assertThat(find(anna.id())).contains(anna);
        assertThat(counts()).containsEntry("clients", 1L).containsEntry("goals", 0L)
                .containsEntry("phones", 1L).containsEntry("statusChanges", 1L);
        db.close();
        assertThat(rows("SELECT client_id FROM client_problem WHERE client_id = " + olga.id())).isEmpty();
    }

    @Test
    void delete_clientWhoReferredOthers_referralsKeepNoLink() {
        Client anna = insert(ClientBuilders.anna());
        Client olga = insert(ClientBuilders.olga().referredById(anna.id()));

        db.write(tx -> {
            tx.clients().delete(anna.id());
            return null;
        });

        assertThat(find(olga.id()).orElseThrow().referredById()).isNull();
    }

    @Test
    void insert_recordsFirstStatus() throws Exception {
        Client saved = insert(ClientBuilders.olga().status(ClientStatus.ACTIVE));

        db.close();
        assertThat(rows("SELECT client_id || ' ' || status || ' ' || changed_at FROM client_status_change"))
                .containsExactly(saved.id() + " ACTIVE 2026-11-24T10:00:00Z");
    }

    @Test
    void update_statusChanged_changeRecordedWithReason() throws Exception {
        Client saved = insert(ClientBuilders.olga().status(ClientStatus.ACTIVE));

        db.write(tx -> {
            tx.clients().update(saved.withStatus(ClientStatus.COMPLETED, "Цели достигнуты"));
            return null;
        });

        assertThat(find(saved.id()).orElseThrow().status()).isEqualTo(ClientStatus.COMPLETED);
        db.close();
        assertThat(rows("SELECT status || ':' || reason FROM client_status_change ORDER BY id"))
                .containsExactly("ACTIVE:", "COMPLETED:Цели достигнуты");
    }

    @Test
    void update_sameStatus_noNewHistoryEntry() {
        Client saved = insert(ClientBuilders.olga().status(ClientStatus.ACTIVE));

        db.write(tx -> {
            tx.clients().update(ClientBuilder.from(saved).city("Казань").build());
            return null;
        });

        assertThat(counts()).containsEntry("statusChanges", 1L);
    }

    @Test
    void statusBeforeArchive_archivedAfterPause_paused() {
        Client saved = insert(ClientBuilders.olga().status(ClientStatus.ACTIVE));
        db.write(tx -> {
            tx.clients().update(saved.withStatus(ClientStatus.PAUSED, "Отпуск"));
            tx.clients().update(saved.withStatus(ClientStatus.ARCHIVED, "Не выходит на связь"));
            return null;
        });

        assertThat(statusBeforeArchive(saved.id())).contains(ClientStatus.PAUSED);
    }

    @Test
    void statusBeforeArchive_insertedAsArchived_empty() {
        Client saved = insert(ClientBuilders.olga().status(ClientStatus.ARCHIVED));

        assertThat(statusBeforeArchive(saved.id())).isEmpty();
    }

    @Test
    void summaries_twoClients_oneRowEachWithListFields() {
        long source = db.read(tx -> tx.sources().idOfCode("website"));
        Client olga = insert(ClientBuilders.olga().sourceId(source));
        Client bare = insert(ClientBuilders.minimal("Пётр"));

        List<ClientSummary> rows = summaries();

        assertThat(rows).hasSize(2);
        ClientSummary o = rows.stream().filter(r -> r.id() == olga.id()).findFirst().orElseThrow();
        assertThat(o).isEqualTo(ClientSummary.of(olga));
        assertThat(o.name().full()).isEqualTo("Иванова Ольга Петровна");
        assertThat(o.mainPhone()).isEqualTo("+7 (916) 123-45-67");
        assertThat(o.allPhones()).isEqualTo("+7 (916) 123-45-67\n8 495 765 43 21");
        assertThat(o.email()).isEqualTo("olga@example.org");
        assertThat(o.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(o.sourceId()).isEqualTo(source);
        assertThat(o.birthDate()).isEqualTo(LocalDate.of(1984, 3, 15));
        assertThat(o.firstContact()).isEqualTo(LocalDate.of(2026, 9, 1));
        ClientSummary b = rows.stream().filter(r -> r.id() == bare.id()).findFirst().orElseThrow();
        assertThat(b.mainPhone()).isEmpty();
        assertThat(b.allPhones()).isEmpty();
        assertThat(b.sourceId()).isNull();
        assertThat(b.birthDate()).isNull();
    }

    @Test
    void summaries_emptyFile_empty() {
        assertThat(summaries()).isEmpty();
    }

    @Test
    void possibleDuplicates_sameNameOtherCaseAndYoSameBirthDate_found() {
        Client anna = insert(ClientBuilders.anna());
        Client newCard = ClientBuilders.minimal("анна").name("СЕМЕНОВА", "анна", "сергеевна")
                .birthDate(anna.birthDate()).build();

        List<PossibleDuplicate> found = duplicatesOf(newCard);

        assertThat(found).containsExactly(new PossibleDuplicate(anna.id(), anna.name(),
                PossibleDuplicate.Reason.SAME_NAME_AND_BIRTH_DATE));
    }

    @Test
    void possibleDuplicates_sameNameOtherBirthDate_none() {
        Client anna = insert(ClientBuilders.anna());
        Client newCard = ClientBuilder.from(anna).id(0).contacts(ContactDetails.NONE)
                .birthDate(anna.birthDate().plusDays(1)).build();

        assertThat(duplicatesOf(newCard)).isEmpty();
    }

    @Test
    void possibleDuplicates_samePhoneTypedDifferently_found() {
        Client anna = insert(ClientBuilders.anna());
        Client newCard = ClientBuilders.minimal("Аня")
                .contacts(new ContactDetails(List.of("89123456789"), "", "", null)).build();

        List<PossibleDuplicate> found = duplicatesOf(newCard);

        assertThat(found).containsExactly(new PossibleDuplicate(anna.id(), anna.name(),
                PossibleDuplicate.Reason.SAME_PHONE));
    }

    @Test
    void possibleDuplicates_secondPhoneShared_found() {
        Client olga = insert(ClientBuilders.olga());
        Client newCard = ClientBuilders.minimal("Павел")
                .contacts(new ContactDetails(List.of("8 999 000 00 00", "+7 495 765-43-21"), "", "", null))
                .build();

        assertThat(duplicatesOf(newCard))
                .extracting(PossibleDuplicate::id).containsExactly(olga.id());
    }

    @Test
    void possibleDuplicates_sameNameBirthDateAndPhone_listedOnce() {
        Client anna = insert(ClientBuilders.anna());
        Client newCard = ClientBuilder.from(anna).id(0).build();

        assertThat(duplicatesOf(newCard)).containsExactly(
                new PossibleDuplicate(anna.id(), anna.name(), PossibleDuplicate.Reason.SAME_NAME_AND_BIRTH_DATE));
    }

    @Test
    void possibleDuplicates_savedCardItself_notListed() {
        Client anna = insert(ClientBuilders.anna());

        assertThat(duplicatesOf(anna)).isEmpty();
    }

    @Test
    void possibleDuplicates_nothingInCommon_none() {
        insert(ClientBuilders.olga());

        assertThat(duplicatesOf(ClientBuilders.anna().build())).isEmpty();
    }

    @Test
    void insert_referredByMissingClient_rejectedByForeignKeyAndNothingWritten() {
        Client card = ClientBuilders.olga().referredById(9999L).build();

        assertThatThrownBy(() -> db.write(tx -> tx.clients().insert(card)))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("storage.failed");
                    assertThat(e.getMessage()).contains("FOREIGNKEY");
                });
        assertThat(counts()).containsEntry("clients", 0L).containsEntry("phones", 0L)
                .containsEntry("statusChanges", 0L);
    }

    @Test
    void insert_missingSource_rejectedByForeignKey() {
        Client card = ClientBuilders.olga().sourceId(9999L).build();

        assertThatThrownBy(() -> db.write(tx -> tx.clients().insert(card)))
                .isInstanceOf(StorageException.class);
        assertThat(counts()).containsEntry("clients", 0L);
    }

    @Test
    void insert_fourGoalsPastTheValidator_rejectedAndWholeCardRolledBack() {
        List<Goal> four = List.of(new Goal("1", null), new Goal("2", null), new Goal("3", null),
                new Goal("4", null));
        Client card = ClientBuilders.olga().goals(four).build();

        assertThatThrownBy(() -> db.write(tx -> tx.clients().insert(card)))
                .isInstanceOf(StorageException.class);
        assertThat(counts()).containsEntry("clients", 0L).containsEntry("goals", 0L)
                .containsEntry("phones", 0L);
    }

    @Test
    void insert_noFirstName_rejectedByCheck() {
        assertThatThrownBy(() -> insert(ClientBuilders.minimal("")))
                .isInstanceOf(StorageException.class);
        assertThat(counts()).containsEntry("clients", 0L);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file().toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
