package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Source;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestDatabases;

class SourceRepositoryTest {

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

    private List<Source> all() {
        return db.read(tx -> tx.sources().all());
    }

    private Source add(String name) {
        return db.write(tx -> tx.sources().add(name));
    }

    private Source byId(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void all_freshFile_sevenBuiltInsInOrderWithoutOwnNames() {
        List<Source> sources = all();

        assertThat(sources).extracting(Source::code).containsExactly(
                "recommendation", "website", "community", "media", "talk", "specialist", "other");
        assertThat(sources).extracting(Source::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(sources).noneMatch(Source::hasOwnName).noneMatch(Source::retired);
    }

    @Test
    void add_ownName_appendedAtTheEndWithoutCode() {
        Source added = add("Авито");

        assertThat(added.id()).isPositive();
        assertThat(added.code()).isNull();
        assertThat(added.name()).isEqualTo("Авито");
        assertThat(added.position()).isEqualTo(8);
        assertThat(added.retired()).isFalse();
        assertThat(all()).last().isEqualTo(added);
    }

    @Test
    void add_twoEntries_keptInTheOrderAdded() {
        Source first = add("Авито");
        Source second = add("Телеграм-канал");

        assertThat(second.position()).isGreaterThan(first.position());
        assertThat(all()).extracting(Source::name).endsWith("Авито", "Телеграм-канал");
    }

    @Test
    void add_nameThatAlreadyExists_bothKeptAsSeparateEntries() {
        // The schema does not make own names unique: she may want two "Друзья" for two years.
        Source first = add("Друзья");
        Source second = add("Друзья");

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(all()).filteredOn(s -> s.name().equals("Друзья")).hasSize(2);
    }

    @Test
    void add_emptyName_rejectedByCheck() {
        assertThatThrownBy(() -> add("")).isInstanceOf(StorageException.class);
        assertThat(all()).hasSize(7);
    }

    @Test
    void rename_builtIn_ownNameAndCodeKept() {
        long id = db.read(tx -> tx.sources().idOfCode("website"));

        db.write(tx -> {
            tx.sources().rename(id, "Мой сайт");
            return null;
        });

        Source renamed = byId(id);
        assertThat(renamed.name()).isEqualTo("Мой сайт");
        assertThat(renamed.hasOwnName()).isTrue();
        assertThat(renamed.code()).isEqualTo("website");
        assertThat(renamed.position()).isEqualTo(2);
    }

    @Test
    void rename_builtInToEmpty_backToTranslatedName() {
        long id = db.read(tx -> tx.sources().idOfCode("website"));
        db.write(tx -> {
            tx.sources().rename(id, "Мой сайт");
            tx.sources().rename(id, "");
            return null;
        });

        assertThat(byId(id).hasOwnName()).isFalse();
    }

    @Test
    void rename_ownEntryToEmpty_rejectedAndNameKept() {
        Source own = add("Авито");

        assertThatThrownBy(() -> db.write(tx -> {
            tx.sources().rename(own.id(), "");
            return null;
        })).isInstanceOf(StorageException.class);
        assertThat(byId(own.id()).name()).isEqualTo("Авито");
    }

    @Test
    void setRetired_true_stillListedButRetired() {
        long id = db.read(tx -> tx.sources().idOfCode("media"));

        db.write(tx -> {
            tx.sources().setRetired(id, true);
            return null;
        });

        assertThat(all()).hasSize(7);
        assertThat(byId(id).retired()).isTrue();
    }

    @Test
    void setRetired_false_broughtBack() {
        long id = db.read(tx -> tx.sources().idOfCode("media"));
        db.write(tx -> {
            tx.sources().setRetired(id, true);
            tx.sources().setRetired(id, false);
            return null;
        });

        assertThat(byId(id).retired()).isFalse();
    }

    @Test
    void setRetired_sourceOnACard_cardKeepsIt() {
        long id = db.read(tx -> tx.sources().idOfCode("talk"));
        Client saved = db.write(tx -> tx.clients().insert(ClientBuilders.olga().sourceId(id).build()));

        db.write(tx -> {
            tx.sources().setRetired(id, true);
            return null;
        });

        assertThat(db.read(tx -> tx.clients().find(saved.id())).orElseThrow().sourceId()).isEqualTo(id);
    }

    @Test
    void idOfCode_builtIn_idOfThatEntry() {
        long id = db.read(tx -> tx.sources().idOfCode(Source.PERSONAL_RECOMMENDATION));

        assertThat(byId(id).code()).isEqualTo(Source.PERSONAL_RECOMMENDATION);
    }

    @Test
    void idOfCode_unknownCode_storageException() {
        assertThatThrownBy(() -> db.read(tx -> tx.sources().idOfCode("billboard")))
                .isInstanceOf(StorageException.class);
    }
}
