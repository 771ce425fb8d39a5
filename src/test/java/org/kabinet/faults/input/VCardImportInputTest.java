package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kabinet.logic.ClientService;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.clientimport.ClientImportService;
import org.kabinet.logic.clientimport.ImportFormat;
import org.kabinet.logic.clientimport.ImportReport;
import org.kabinet.logic.clientimport.ImportRow;
import org.kabinet.logic.clientimport.ImportTable;
import org.kabinet.model.ClientSummary;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/**
 * Bad phone contacts (.vcf) through the import: a contact that cannot be a card is rejected with
 * its reason in both languages, one that can is imported as written, and the clients already
 * there stay exactly as they were.
 */
@ExtendWith(BadInputTally.class)
class VCardImportInputTest {

    @TempDir
    Path dir;

    private Database db;
    private ClientImportService service;
    private ClientService clients;
    private Fingerprint before;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir);
        clients = new ClientService(db, TestClock.FIXED);
        clients.save(ClientBuilders.olga().build());
        service = new ClientImportService(db, TestClock.FIXED);
        before = Fingerprint.of(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                card("a contact with no name", "TEL:+79160000000", "clientImport.reason.noName"),
                card("impossible birthday 31.02", "N:Петрова;Анна;;;\nBDAY:1990-02-31", "clientImport.reason.badDate"),
                card("birthday as words", "N:Петрова;Анна;;;\nBDAY;VALUE=text:прошлой весной", "clientImport.reason.badDate"),
                card("birthday in 2999", "N:Петрова;Анна;;;\nBDAY:2999-01-01", "validation.birthDate.future"),
                card("birthday in year 0001", "N:Петрова;Анна;;;\nBDAY:0001-01-01", "validation.birthDate.tooEarly"),
                card("a phone of words", "N:Петрова;Анна;;;\nTEL:звонить вечером", "clientImport.reason.badPhone"),
                card("an e-mail with injection", "N:Петрова;Анна;;;\nEMAIL:'; DROP TABLE client;--", "clientImport.reason.badEmail"),
                card("a name of 5 MB", "N:Петрова;" + ClientCardInputTest.HUGE + ";;;", "validation.name.tooLong"),
                card("an escape sequence in a name", "N:Петрова;\u001B[31mАнна;;;", "validation.text.controlCharacters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void importAll_badContact_rejectedWithReason_andNothingElseChanges(String kind, byte[] vcf, String key)
            throws Exception {
        Path file = Files.write(dir.resolve("contacts.vcf"), vcf);

        ImportTable table = service.read(file);
        ImportReport report = service.importAll(table, service.guess(table));

        assertThat(table.format()).isEqualTo(ImportFormat.VCARD);
        assertThat(report.imported()).isZero();
        List<ImportRow> rows = new ArrayList<>(report.rejected());
        assertThat(rows).extracting(ImportRow::reasonKey).containsExactly(key);
        ClearMessage.assertClear(key, rows.get(0).reasonArgs().toArray());
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: vCard " + kind);
    }

    static Stream<Arguments> refusedWhole() {
        return Stream.of(
                Arguments.of("only BEGIN and END", utf8("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n")),
                Arguments.of("BEGIN without END", utf8("BEGIN:VCARD\nVERSION:3.0\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedWhole")
    void read_contactsFileWithNothingToImport_refusedOrRejected_andNothingChanges(String kind, byte[] vcf)
            throws Exception {
        Path file = Files.write(dir.resolve("contacts.vcf"), vcf);

        try {
            ImportTable table = service.read(file);
            ImportReport report = service.importAll(table, service.guess(table));
            assertThat(report.imported()).isZero();
            report.rejected().forEach(r -> ClearMessage.assertClear(r.reasonKey(), r.reasonArgs().toArray()));
        } catch (RuleException e) {
            ClearMessage.assertClear(e.messageKey(), e.args());
        }
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: vCard " + kind);
    }

    static Stream<Arguments> literal() {
        return Stream.of(
                Arguments.of("vCard 2.1 quoted-printable, charset windows-1251", ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                        + "N;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=CF=E5=F2=F0=EE=E2=E0;=C0=ED=ED=E0;;;\r\n"
                        + "END:VCARD\r\n").getBytes(StandardCharsets.US_ASCII), "Анна"),
                Arguments.of("vCard file in Windows-1251", ("BEGIN:VCARD\nVERSION:3.0\nN:Петрова;Анна;;;\nEND:VCARD\n")
                        .getBytes(Charset.forName("windows-1251")), "Анна"),
                Arguments.of("vCard injection-like name", utf8("BEGIN:VCARD\nVERSION:3.0\n"
                        + "N:Петрова;<script>alert(1)</script>;;;\nEND:VCARD\n"), "<script>alert(1)</script>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literal")
    void importAll_oddButReadableContact_importedAsWritten(String kind, byte[] vcf, String firstName)
            throws Exception {
        Path file = Files.write(dir.resolve("contacts.vcf"), vcf);

        ImportTable table = service.read(file);
        ImportReport report = service.importAll(table, service.guess(table));

        assertThat(report.imported()).isEqualTo(1);
        ClientSummary added = clients.list().stream().filter(c -> c.name().lastName().equals("Петрова"))
                .findFirst().orElseThrow();
        assertThat(added.name().firstName()).isEqualTo(firstName);
        assertThat(clients.deletePermanently(added.id(), added.name().full())).isTrue();
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: " + kind);
    }

    private static Arguments card(String kind, String body, String key) {
        return Arguments.of(kind, utf8("BEGIN:VCARD\nVERSION:3.0\n" + body + "\nEND:VCARD\n"), key);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
