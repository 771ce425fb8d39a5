package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.ContactDetails;
import org.kabinet.model.FieldError;
import org.kabinet.model.PossibleDuplicate;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

class ClientServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private ClientService service;

    @BeforeEach
    void openDatabase() {
        db = TestDatabases.fresh(dir);
        service = new ClientService(db, TestClock.FIXED);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void today_fixedClock_thatDay() {
        assertThat(service.today()).isEqualTo(TestClock.TODAY);
    }

    @Test
    void save_newCard_givenIdAndLoadable() {
        Client card = ClientBuilders.olga().build();

        Client saved = service.save(card);

        assertThat(card.isNew()).isTrue();
        assertThat(saved.id()).isPositive();
        assertThat(service.load(saved.id())).contains(saved);
        assertThat(service.list()).singleElement().satisfies(row -> assertThat(row.id()).isEqualTo(saved.id()));
    }

    @Test
    void save_editedCard_updatedInPlace() {
        Client saved = service.save(ClientBuilders.olga().build());
        Client edited = ClientBuilder.from(saved).city("Казань").build();

        Client again = service.save(edited);

        assertThat(again).isEqualTo(edited);
        assertThat(service.load(saved.id())).contains(edited);
        assertThat(service.list()).hasSize(1);
    }

    @Test
    void save_invalidFields_validationExceptionNamingEachFieldAndNothingWritten() {
        Client card = ClientBuilders.olga().name("Иванова", "", "")
                .contacts(new ContactDetails(List.of("12"), "olga@", "", null))
                .birthDate(TestClock.TODAY.plusDays(1))
                .build();

        assertThatThrownBy(() -> service.save(card))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly(
                            ClientValidator.FIRST_NAME, ClientValidator.PHONES, ClientValidator.EMAIL,
                            ClientValidator.BIRTH_DATE);
                    assertThat(e.errors()).extracting(FieldError::messageKey).contains(
                            "validation.firstName.required", "validation.birthDate.future");
                });
        assertThat(service.list()).isEmpty();
    }

    @Test
    void save_editedCardReferredBySelf_validationExceptionAndCardUnchanged() {
        Client saved = service.save(ClientBuilders.olga().build());

        assertThatThrownBy(() -> service.save(ClientBuilder.from(saved).referredById(saved.id()).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly(ClientValidator.REFERRED_BY));
        assertThat(service.load(saved.id())).contains(saved);
    }

    @Test
    void possibleDuplicates_samePhoneAsSavedClient_listed() {
        Client anna = service.save(ClientBuilders.anna().build());
        Client draft = ClientBuilders.minimal("Аня")
                .contacts(new ContactDetails(List.of("8-912-345-67-89"), "", "", null)).build();

        assertThat(service.possibleDuplicates(draft)).extracting(PossibleDuplicate::id)
                .containsExactly(anna.id());
    }

    @Test
    void archive_activeClient_archivedWithReason() {
        Client saved = service.save(ClientBuilders.olga().status(ClientStatus.ACTIVE).build());

        Client archived = service.archive(saved.id(), "Переехала");

        assertThat(archived.status()).isEqualTo(ClientStatus.ARCHIVED);
        assertThat(archived.endReason()).isEqualTo("Переехала");
        assertThat(service.load(saved.id())).contains(archived);
    }

    @Test
    void restoreFromArchive_wasActive_activeAgainWithoutReason() {
        Client saved = service.save(ClientBuilders.olga().status(ClientStatus.ACTIVE).build());
        service.archive(saved.id(), "Переехала");

        Client restored = service.restoreFromArchive(saved.id());

        assertThat(restored.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(restored.endReason()).isEmpty();
        assertThat(service.load(saved.id())).contains(restored);
        assertThat(restored).isEqualTo(saved);
    }

    @Test
    void restoreFromArchive_wasPaused_pausedAgain() {
        Client saved = service.save(ClientBuilders.olga().status(ClientStatus.PAUSED).build());
        service.archive(saved.id(), "");

        assertThat(service.restoreFromArchive(saved.id()).status()).isEqualTo(ClientStatus.PAUSED);
    }

    @Test
    void restoreFromArchive_archivedTwice_statusBeforeTheLatestArchive() {
        Client saved = service.save(ClientBuilders.olga().status(ClientStatus.ACTIVE).build());
        service.archive(saved.id(), "");
        service.restoreFromArchive(saved.id());
        service.save(ClientBuilder.from(service.load(saved.id()).orElseThrow())
                .status(ClientStatus.COMPLETED).endReason("Цели достигнуты").build());
        service.archive(saved.id(), "");

        assertThat(service.restoreFromArchive(saved.id()).status()).isEqualTo(ClientStatus.COMPLETED);
    }

    @Test
    void restoreFromArchive_createdArchived_pausedByDefault() {
        Client saved = service.save(ClientBuilders.olga().status(ClientStatus.ARCHIVED).build());

        assertThat(service.restoreFromArchive(saved.id()).status()).isEqualTo(ClientStatus.PAUSED);
    }

    @Test
    void archive_deletedClient_clientGoneException() {
        assertThatThrownBy(() -> service.archive(404, "")).isInstanceOf(ClientGoneException.class);
    }

    @Test
    void deletePermanently_wrongTypedName_refusedAndKept() {
        Client saved = service.save(ClientBuilders.olga().build());

        assertThat(service.deletePermanently(saved.id(), "Иванова Ольга")).isFalse();
        assertThat(service.deletePermanently(saved.id(), "")).isFalse();
        assertThat(service.deletePermanently(saved.id(), null)).isFalse();

        assertThat(service.load(saved.id())).contains(saved);
    }

    @Test
    void deletePermanently_fullNameTyped_deleted() {
        Client saved = service.save(ClientBuilders.olga().build());
        Client other = service.save(ClientBuilders.anna().build());

        assertThat(service.deletePermanently(saved.id(), " Иванова Ольга Петровна ")).isTrue();

        assertThat(service.load(saved.id())).isEmpty();
        assertThat(service.list()).singleElement()
                .satisfies(row -> assertThat(row.id()).isEqualTo(other.id()));
    }

    @Test
    void deletePermanently_alreadyDeleted_clientGoneException() {
        assertThatThrownBy(() -> service.deletePermanently(404, "Кто-то"))
                .isInstanceOf(ClientGoneException.class);
    }
}
