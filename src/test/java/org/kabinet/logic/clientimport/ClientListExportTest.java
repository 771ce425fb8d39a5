package org.kabinet.logic.clientimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kabinet.i18n.Language;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Source;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/** The client list as Excel opens it, and the same file imported back. */
class ClientListExportTest {

    @TempDir
    Path dir;

    private Database db;
    private Client olga;
    private Client anna;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir.resolve("a"), TestClock.FIXED);
        long recommendation = db.read(tx -> tx.sources().idOfCode(Source.PERSONAL_RECOMMENDATION));
        olga = db.write(tx -> tx.clients().insert(ClientBuilders.olga().sourceId(recommendation)
                .request("Не могу выстроить отношения с матерью;\nговорит \"потом\"").build()));
        long own = db.write(tx -> tx.sources().add("Telegram-канал").id());
        anna = db.write(tx -> tx.clients().insert(ClientBuilders.anna().sourceId(own).referredById(olga.id()).build()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void write_russian_bomSemicolonCrlfAndRussianHeadersAndDates() throws Exception {
        Path out = dir.resolve("clients.csv");

        int written = new ClientListExport(db).write(List.of(anna.id(), olga.id()), out, Language.RU);

        byte[] bytes = Files.readAllBytes(out);
        assertThat(written).isEqualTo(2);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Фамилия;Имя;Отчество;Телефон;E-mail;");
        assertThat(text.split("\r\n")[1]).startsWith("Семёнова;Анна;Сергеевна;+7 (912) 345-67-89;")
                .contains("25.11.1990").contains("Telegram-канал").contains("Иванова Ольга Петровна");
        assertThat(text).contains("\"Не могу выстроить отношения с матерью;\nговорит \"\"потом\"\"\"");
        assertThat(text).contains("Личная рекомендация").endsWith("\r\n");
    }

    @Test
    void write_english_commaAndEnglishHeaders() throws Exception {
        Path out = dir.resolve("clients.csv");

        new ClientListExport(db).write(List.of(olga.id()), out, Language.EN);

        String text = Files.readString(out, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Last name,First name,Patronymic,Phone,E-mail,").contains("15/03/1984")
                .contains("Personal recommendation");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void roundTrip_theExportImportsBackWithEveryColumnMappedAndTheSameCards(Language language) {
        Path out = dir.resolve("clients-" + language + ".csv");
        new ClientListExport(db).write(List.of(olga.id(), anna.id()), out, language);

        try (Database other = TestDatabases.fresh(dir.resolve("b-" + language), TestClock.FIXED)) {
            ClientImportService service = new ClientImportService(other, TestClock.FIXED);
            ImportTable table = service.read(out);
            ColumnMapping mapping = service.guess(table);

            assertThat(mapping.fields()).doesNotContain(ClientField.SKIP).hasSize(table.headers().size());
            ImportReport report = service.importAll(table, mapping);
            assertThat(report.imported()).isEqualTo(2);
            List<Client> back = other.read(tx -> tx.clients().summaries().stream()
                    .map(s -> tx.clients().find(s.id()).orElseThrow()).toList());
            Client olgaBack = back.stream().filter(c -> c.name().sameAs(olga.name())).findFirst().orElseThrow();
            Client annaBack = back.stream().filter(c -> c.name().sameAs(anna.name())).findFirst().orElseThrow();
            assertThat(comparable(olgaBack)).isEqualTo(comparable(olga));
            assertThat(comparable(annaBack)).isEqualTo(comparable(anna));
            assertThat(annaBack.referredById()).isEqualTo(olgaBack.id());
            assertThat(other.read(tx -> tx.sources().all()).stream().filter(s -> s.name().equals("Telegram-канал")))
                    .hasSize(1);
        }
    }

    /** The fields the list holds, without ids and what the list leaves out (goals, consents…). */
    private static List<Object> comparable(Client c) {
        Client listed = new ClientBuilder().name(c.name()).contacts(new org.kabinet.model.ContactDetails(
                c.contacts().phones(), c.contacts().email(), c.contacts().messenger(), null))
                .birthDate(c.birthDate()).sex(c.sex()).city(c.city()).occupation(c.occupation())
                .firstContact(c.firstContact()).request(c.request()).build();
        return List.of(listed);
    }
}
