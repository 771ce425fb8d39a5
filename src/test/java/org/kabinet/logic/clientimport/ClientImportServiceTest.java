package org.kabinet.logic.clientimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Sex;
import org.kabinet.model.Source;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/** Each kind of file practitioners have, read, previewed and imported on fixture files. */
class ClientImportServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private ClientImportService service;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir, TestClock.FIXED);
        service = new ClientImportService(db, TestClock.FIXED);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Path fixture(String name) {
        try {
            return Path.of(ClientImportServiceTest.class.getResource("/org/kabinet/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportPreview preview(String name) {
        ImportTable table = service.read(fixture(name));
        return service.preview(table, service.guess(table));
    }

    private static Client client(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow().client().orElseThrow();
    }

    private static ImportRow row(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    @Test
    void excelRussianCsv_windows1251Semicolon_readsEveryClient() {
        ImportPreview p = preview("excel-ru-1251.csv");

        assertThat(p.table().format()).isEqualTo(ImportFormat.CSV);
        assertThat(p.table().encoding()).isEqualTo("windows-1251");
        assertThat(p.count(ImportRow.Outcome.IMPORT)).isEqualTo(5);
        Client sokolova = client(p, 2);
        assertThat(sokolova.name().full()).isEqualTo("Соколова Марина Викторовна");
        assertThat(sokolova.contacts().phones()).containsExactly("+7 (916) 123-45-67");
        assertThat(sokolova.contacts().email()).isEqualTo("sokolova.m@mail.ru");
        assertThat(sokolova.birthDate()).isEqualTo(LocalDate.of(1984, 3, 15));
        assertThat(sokolova.city()).isEqualTo("Москва");
        assertThat(sokolova.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(client(p, 3).birthDate()).isEqualTo(LocalDate.of(1979, 7, 3));
        assertThat(client(p, 4).birthDate()).isEqualTo(LocalDate.of(1990, 11, 22));
        assertThat(client(p, 5).request()).isEqualTo("Страхи; панические атаки");
        assertThat(row(p, 4).reasonKey()).isEqualTo("clientImport.remark.newSource");
        assertThat(row(p, 6).reasonKey()).isEqualTo("clientImport.remark.referrerNotFound");
        assertThat(row(p, 6).reasonArgs()).containsExactly("Иванова Светлана");
    }

    @Test
    void excelRussianCsv_import_matchesSourcesCreatesNewOnesAndLinksReferrersInTheFile() {
        long sourcesBefore = db.read(tx -> tx.sources().all()).size();
        ImportTable table = service.read(fixture("excel-ru-1251.csv"));

        ImportReport report = service.importAll(table, service.guess(table));

        assertThat(report.imported()).isEqualTo(5);
        List<Source> sources = db.read(tx -> tx.sources().all());
        assertThat(sources).hasSize((int) sourcesBefore + 1);
        Source instagram = sources.stream().filter(s -> s.name().equals("Instagram")).findFirst().orElseThrow();
        long recommendation = db.read(tx -> tx.sources().idOfCode(Source.PERSONAL_RECOMMENDATION));
        Client sokolova = byLastName("Соколова");
        Client belova = byLastName("Белова");
        assertThat(sokolova.sourceId()).isEqualTo(recommendation);
        assertThat(byLastName("Кузнецов").sourceId()).isEqualTo(instagram.id());
        assertThat(belova.referredById()).isEqualTo(sokolova.id());
        assertThat(byLastName("Орлова").referredById()).isEqualTo(belova.id());
        assertThat(byLastName("Морозова").referredById()).isNull();
    }

    private long clientCount() {
        return db.read(tx -> tx.counts().clients());
    }

    private int sourceCount() {
        return db.read(tx -> tx.sources().all()).size();
    }

    private Client byLastName(String lastName) {
        return db.read(tx -> tx.clients().summaries().stream().filter(s -> s.name().lastName().equals(lastName))
                .findFirst().flatMap(s -> tx.clients().find(s.id()))).orElseThrow();
    }

    @Test
    void libreOfficeCsv_utf8WithoutBom_keepsTheMultiLineRequestAndSplitsFullNames() {
        ImportPreview p = preview("libreoffice-utf8.csv");

        assertThat(p.table().encoding()).isEqualTo("UTF-8");
        assertThat(p.rows()).extracting(ImportRow::line).containsExactly(2, 4, 5);
        Client vasilyeva = client(p, 2);
        assertThat(vasilyeva.name().lastName()).isEqualTo("Васильева");
        assertThat(vasilyeva.name().firstName()).isEqualTo("Татьяна");
        assertThat(vasilyeva.name().patronymic()).isEqualTo("Николаевна");
        assertThat(vasilyeva.request()).isEqualTo(
                "Трудности в отношениях с сыном-подростком.\nХочет научиться говорить \"нет\", не чувствуя вины.");
        assertThat(vasilyeva.occupation()).isEqualTo("бухгалтер");
        assertThat(client(p, 5).name().full()).isEqualTo("Лебедева Ирина");
        assertThat(client(p, 5).occupation()).isEqualTo("учитель, завуч");
    }

    @Test
    void googleSheetsCsv_englishHeaders_latinNamesAreFirstThenLast() {
        ImportPreview p = preview("google-sheets.csv");

        assertThat(p.mapping().fields()).containsExactly(ClientField.FULL_NAME, ClientField.PHONE, ClientField.EMAIL,
                ClientField.BIRTH_DATE, ClientField.CITY, ClientField.SOURCE, ClientField.REFERRED_BY,
                ClientField.REQUEST);
        assertThat(p.count(ImportRow.Outcome.IMPORT)).isEqualTo(3);
        Client anna = client(p, 2);
        assertThat(anna.name().firstName()).isEqualTo("Anna");
        assertThat(anna.name().lastName()).isEqualTo("Ivanova");
        assertThat(anna.birthDate()).isEqualTo(LocalDate.of(1991, 4, 18));
        assertThat(anna.sourceId()).isNotNull();
        assertThat(client(p, 4).request()).isEqualTo("Burnout, sleep");
    }

    @Test
    void tabSeparatedFile_readsSexAndNames() {
        ImportPreview p = preview("tab-separated.txt");

        assertThat(p.count(ImportRow.Outcome.IMPORT)).isEqualTo(3);
        assertThat(client(p, 2).sex()).isEqualTo(Sex.FEMALE);
        assertThat(client(p, 3).sex()).isEqualTo(Sex.MALE);
        assertThat(client(p, 4).name().full()).isEqualTo("Ковалёва Светлана");
    }

    @Test
    void brokenFile_reportsEachBadLineWithItsReasonAndImportsTheRest() {
        ImportPreview p = preview("broken.csv");

        assertThat(p.rows()).extracting(ImportRow::line, ImportRow::outcome, ImportRow::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ImportRow.Outcome.IMPORT, ""),
                org.assertj.core.groups.Tuple.tuple(3, ImportRow.Outcome.REJECTED, "clientImport.reason.badDate"),
                org.assertj.core.groups.Tuple.tuple(4, ImportRow.Outcome.REJECTED, "clientImport.reason.badDate"),
                org.assertj.core.groups.Tuple.tuple(5, ImportRow.Outcome.REJECTED, "clientImport.reason.badEmail"),
                org.assertj.core.groups.Tuple.tuple(6, ImportRow.Outcome.REJECTED, "clientImport.reason.noName"),
                org.assertj.core.groups.Tuple.tuple(7, ImportRow.Outcome.REJECTED, "clientImport.reason.unclosedQuote"),
                org.assertj.core.groups.Tuple.tuple(8, ImportRow.Outcome.IMPORT, ""),
                org.assertj.core.groups.Tuple.tuple(9, ImportRow.Outcome.REJECTED, "clientImport.reason.tooManyCells"),
                org.assertj.core.groups.Tuple.tuple(10, ImportRow.Outcome.DUPLICATE,
                        "clientImport.reason.duplicateInFile"),
                org.assertj.core.groups.Tuple.tuple(11, ImportRow.Outcome.REJECTED, "clientImport.reason.badPhone"));
        assertThat(row(p, 3).reasonArgs()).containsExactly("31.02.1987");
        assertThat(row(p, 5).reasonArgs()).containsExactly("kseniya(at)mail.ru");
        assertThat(row(p, 10).reasonArgs()).containsExactly(2);
        assertThat(p.table().encoding()).isEqualTo("UTF-8");
    }

    @Test
    void brokenFile_import_writesOnlyTheGoodRecordsAndReportsTheOthers() {
        ImportTable table = service.read(fixture("broken.csv"));

        ImportReport report = service.importAll(table, service.guess(table));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped()).extracting(ImportRow::line).containsExactly(10);
        assertThat(report.rejected()).extracting(ImportRow::line).containsExactly(3, 4, 5, 6, 7, 9, 11);
        assertThat(clientCount()).isEqualTo(2);
    }

    @Test
    void duplicates_ofSavedClients_bySamePhoneDigitsOrSameNameAndBirthDate_areSkipped() {
        db.write(tx -> tx.clients().insert(ClientBuilders.minimal("Марина").name("Соколова", "Марина", "Викторовна")
                .contacts(new org.kabinet.model.ContactDetails(List.of("89161234567"), "", "", null)).build()));
        db.write(tx -> tx.clients().insert(ClientBuilders.minimal("Андрей").name("Кузнецов", "Андрей", "Петрович")
                .birthDate(LocalDate.of(1990, 11, 22)).build()));

        ImportPreview p = preview("excel-ru-1251.csv");

        assertThat(row(p, 2).outcome()).isEqualTo(ImportRow.Outcome.DUPLICATE);
        assertThat(row(p, 2).reasonKey()).isEqualTo("clientImport.reason.duplicate");
        assertThat(row(p, 2).reasonArgs()).containsExactly("Соколова Марина Викторовна");
        assertThat(row(p, 4).outcome()).isEqualTo(ImportRow.Outcome.DUPLICATE);
        assertThat(p.count(ImportRow.Outcome.IMPORT)).isEqualTo(3);
    }

    @Test
    void referrer_savedClient_isLinkedByFullName() {
        Client sokolova = db.write(tx -> tx.clients().insert(ClientBuilders.minimal("Марина")
                .name("Соколова", "Марина", "Викторовна").build()));

        ImportPreview p = preview("excel-ru-1251.csv");

        assertThat(row(p, 2).outcome()).isEqualTo(ImportRow.Outcome.IMPORT);
        assertThat(client(p, 3).referredById()).isEqualTo(sokolova.id());
    }

    @Test
    void googleContacts_oldHeaders_detectedAndRead() {
        ImportPreview p = preview("google-contacts.csv");

        assertThat(p.table().format()).isEqualTo(ImportFormat.GOOGLE_CONTACTS);
        Client krylova = client(p, 2);
        assertThat(krylova.name().full()).isEqualTo("Крылова Полина Сергеевна");
        assertThat(krylova.contacts().phones()).containsExactly("+7 916 321-00-11", "+7 495 123-45-67");
        assertThat(krylova.contacts().email()).isEqualTo("krylova.polina@gmail.com");
        assertThat(krylova.birthDate()).isEqualTo(LocalDate.of(1992, 6, 14));
        assertThat(krylova.city()).isEqualTo("Москва");
        Client lisitsyn = client(p, 3);
        assertThat(lisitsyn.contacts().phones()).hasSize(2);
        assertThat(lisitsyn.occupation()).isEqualTo("менеджер");
        assertThat(lisitsyn.birthDate()).isNull();
        assertThat(row(p, 3).reasonKey()).isEqualTo("clientImport.remark.birthdayWithoutYear");
    }

    @Test
    void googleContacts_2023Headers_detectedAndRead() {
        ImportPreview p = preview("google-contacts-2023.csv");

        assertThat(p.table().format()).isEqualTo(ImportFormat.GOOGLE_CONTACTS);
        assertThat(client(p, 2).name().full()).isEqualTo("Смирнова Елена Викторовна");
        assertThat(client(p, 2).city()).isEqualTo("Красногорск");
        assertThat(client(p, 4).name().full()).isEqualTo("Волков Алексей");
        assertThat(client(p, 4).occupation()).isEqualTo("врач");
        assertThat(row(p, 5).reasonKey()).isEqualTo("clientImport.reason.noName");
    }

    @Test
    void androidVCard21_quotedPrintableCyrillic_severalContacts() {
        ImportPreview p = preview("android-2.1.vcf");

        assertThat(p.table().format()).isEqualTo(ImportFormat.VCARD);
        assertThat(p.count(ImportRow.Outcome.IMPORT)).isEqualTo(3);
        Client first = p.rows().get(0).client().orElseThrow();
        assertThat(p.rows().get(0).line()).isEqualTo(1);
        assertThat(first.name().full()).isEqualTo("Алексеева Виктория Павловна");
        assertThat(first.contacts().phones()).containsExactly("+7 916 480-11-22", "+7 495 480-11-22");
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(1989, 11, 5));
        assertThat(first.request()).isEqualTo("Запрос: тревога перед выступлениями, по рекомендации коллеги");
        assertThat(p.rows().get(1).client().orElseThrow().name().full()).isEqualTo("Новиков Сергей");
        assertThat(p.rows()).extracting(ImportRow::line).doesNotHaveDuplicates().allMatch(l -> l > 0);
    }

    @Test
    void iPhoneVCard30_readsNameCityOrganisationTitleAndBirthday() {
        ImportPreview p = preview("iphone-3.0.vcf");

        Client anna = client(p, 1);
        assertThat(anna.name().full()).isEqualTo("Киселёва Анна Михайловна");
        assertThat(anna.city()).isEqualTo("Москва");
        assertThat(anna.occupation()).isEqualTo("Учитель музыки");
        assertThat(anna.contacts().email()).isEqualTo("anna.kiseleva@icloud.com");
        assertThat(anna.birthDate()).isEqualTo(LocalDate.of(1987, 7, 23));
        assertThat(client(p, 16).birthDate()).isEqualTo(LocalDate.of(1995, 3, 2));
    }

    @Test
    void vCard40_telUrisAndBirthdayWithoutYear() {
        ImportPreview p = preview("vcard-4.0.vcf");

        assertThat(client(p, 1).contacts().phones()).containsExactly("+7-916-600-70-80");
        assertThat(client(p, 1).city()).isEqualTo("Тула");
        assertThat(row(p, 1).reasonKey()).isEqualTo("clientImport.remark.birthdayWithoutYear");
        assertThat(client(p, 10).birthDate()).isEqualTo(LocalDate.of(1981, 6, 9));
    }

    @Test
    void importAll_failingMidway_leavesNothing() {
        ClientImportService failing = new ClientImportService(db, TestClock.FIXED, line -> {
            if (line == 4) {
                throw new IllegalStateException("the disk is gone");
            }
        });
        int sources = sourceCount();
        ImportTable table = failing.read(fixture("excel-ru-1251.csv"));

        assertThatThrownBy(() -> failing.importAll(table, failing.guess(table)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(clientCount()).isZero();
        assertThat(sourceCount()).isEqualTo(sources);
    }

    @Test
    void preview_writesNothing() {
        preview("excel-ru-1251.csv");

        assertThat(clientCount()).isZero();
    }

    @Test
    void changedMapping_isWhatThePreviewUses() {
        ImportTable table = service.read(fixture("tab-separated.txt"));
        ColumnMapping withoutCity = service.guess(table).with(6, ClientField.SKIP);

        ImportPreview p = service.preview(table, withoutCity);

        assertThat(client(p, 2).city()).isEmpty();
    }

    @Test
    void read_refusesMissingEmptyAndWorkbookFiles() throws Exception {
        Path missing = dir.resolve("nothing.csv");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "Фамилия;Имя\n");
        Path workbook = Files.write(dir.resolve("clients.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThatThrownBy(() -> service.read(missing)).isInstanceOf(RuleException.class)
                .extracting(e -> ((RuleException) e).messageKey()).isEqualTo("clientImport.missing");
        assertThatThrownBy(() -> service.read(empty)).isInstanceOf(RuleException.class)
                .extracting(e -> ((RuleException) e).messageKey()).isEqualTo("clientImport.empty");
        assertThatThrownBy(() -> service.read(workbook)).isInstanceOf(RuleException.class)
                .extracting(e -> ((RuleException) e).messageKey()).isEqualTo("clientImport.unknownFormat");
    }

    @Test
    void importedClients_appearInTheList() {
        ImportTable table = service.read(fixture("android-2.1.vcf"));
        service.importAll(table, service.guess(table));

        List<String> names = db.read(tx -> tx.clients().summaries()).stream().map(s -> s.name().full()).toList();
        assertThat(names).contains("Шестакова Людмила Ивановна");
    }

    @Test
    void oddCells_anEmailOfSeparatorsAlone_anImpossibleVcardBirthday_areOneRecordEach_notAFailure() throws Exception {
        Path csv = Files.writeString(dir.resolve("odd.csv"), "Фамилия;Имя;E-mail\nИванова;Анна;\",\"\nПетрова;Ольга;a@b.ru, c@d.ru\n");
        ImportTable table = service.read(csv);
        ImportPreview p = service.preview(table, service.guess(table));

        assertThat(client(p, 2).contacts().email()).isEmpty();
        assertThat(client(p, 3).contacts().email()).isEqualTo("a@b.ru");

        Path vcf = Files.writeString(dir.resolve("odd.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Смирнова;Ирина;;;\r\n"
                + "FN:Ирина Смирнова\r\nBDAY:1984-02-30\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\n"
                + "N:Орлова;Вера;;;\r\nFN:Вера Орлова\r\nEND:VCARD\r\n");
        ImportTable cards = service.read(vcf);
        ImportPreview q = service.preview(cards, service.guess(cards));

        assertThat(q.count(ImportRow.Outcome.REJECTED)).isEqualTo(1);
        assertThat(q.count(ImportRow.Outcome.IMPORT)).isEqualTo(1);
    }
}
