package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
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
import org.kabinet.logic.RuleException;
import org.kabinet.logic.clientimport.ClientImportService;
import org.kabinet.logic.clientimport.ImportReport;
import org.kabinet.logic.clientimport.ImportRow;
import org.kabinet.logic.clientimport.ImportTable;
import org.kabinet.model.ClientSummary;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/**
 * Bad client files (CSV as spreadsheets save it) through the import: a file that is not one is
 * refused whole, with its own message; a bad line is rejected with its reason, in both
 * languages, and never stops the good lines; the clients already there stay exactly as they were.
 */
@ExtendWith(BadInputTally.class)
class ClientCsvImportInputTest {

    static final String HEADER = "Фамилия;Имя;Телефон;Дата рождения;E-mail\n";
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @TempDir
    Path dir;

    private Database db;
    private ClientImportService service;
    private Fingerprint before;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir);
        ClientService clients = new ClientService(db, TestClock.FIXED);
        clients.save(ClientBuilders.olga().build());
        clients.save(ClientBuilders.minimal("Мария").build());
        service = new ClientImportService(db, TestClock.FIXED);
        before = Fingerprint.of(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Stream<Arguments> refusedFiles() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[100] = 0;
        return Stream.of(
                file("empty file (0 bytes)", "clients.csv", new byte[0], "clientImport.empty"),
                file("only a byte order mark", "clients.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "clientImport.empty"),
                file("only a header line", "clients.csv", utf8(HEADER), "clientImport.empty"),
                file("only spaces and blank lines", "clients.csv", utf8("   \n\n \t \n"), "clientImport.empty"),
                file("binary garbage", "clients.csv", garbage, "clientImport.unknownFormat"),
                file("a workbook saved as .xlsx", "clients.xlsx", utf8("PK\u0003\u0004 workbook"),
                        "clientImport.unknownFormat"),
                file("a picture renamed .csv", "photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0},
                        "clientImport.unknownFormat"),
                file("UTF-16 without a byte order mark", "clients.csv", HEADER.getBytes(StandardCharsets.UTF_16LE),
                        "clientImport.unknownFormat"),
                file("NUL byte inside a cell", "clients.csv", utf8(HEADER + "Петрова;Ан\u0000на;;;\n"),
                        "clientImport.unknownFormat"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void read_fileThatIsNoClientList_refusedWhole_andNothingChanges(String kind, String name, byte[] bytes,
            String key) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);

        assertThatThrownBy(() -> service.read(file)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
        ClearMessage.assertClear(key, file);
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: " + kind);
    }

    @Test
    void read_fileOver50Megabytes_refusedWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(51L * 1024 * 1024);
        }

        assertThatThrownBy(() -> service.read(file)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("clientImport.unknownFormat"));
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: huge file (over 50 MB)");
    }

    @Test
    void read_missingFileAndFolder_refusedWithTheirOwnMessages() throws Exception {
        assertThatThrownBy(() -> service.read(dir.resolve("nowhere.csv"))).isInstanceOfSatisfying(
                RuleException.class, e -> assertThat(e.messageKey()).isEqualTo("clientImport.missing"));
        ClearMessage.assertClear("clientImport.missing", dir.resolve("nowhere.csv"));
        BadInputTally.record("import: a file that is not there");

        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertThatThrownBy(() -> service.read(folder)).isInstanceOf(RuleException.class);
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: a folder instead of a file");
    }

    static Stream<Arguments> rejectedLines() {
        return Stream.of(
                line("impossible date 31.02", "Петрова;Анна;;31.02.1990;", "clientImport.reason.badDate"),
                line("date in year 0001", "Петрова;Анна;;01.01.0001;", "validation.birthDate.tooEarly"),
                line("date in 2999", "Петрова;Анна;;01.01.2999;", "validation.birthDate.future"),
                line("date as words", "Петрова;Анна;;в прошлом году;", "clientImport.reason.badDate"),
                line("month 13 in an ISO date", "Петрова;Анна;;1990-13-45;", "clientImport.reason.badDate"),
                line("huge date cell", "Петрова;Анна;;" + "1".repeat(100_000) + ";",
                        "clientImport.reason.badDate"),
                line("no name at all", ";;+7 916 000-00-00;;", "clientImport.reason.noName"),
                line("name of spaces only", "   ;   ;+7 916 000-00-00;;", "clientImport.reason.noName"),
                line("escape sequence in a date cell", "Петрова;Анна;;\u001B[2J\u0007;", "clientImport.reason.badDate"),
                line("huge field (5 MB name)", "Петрова;" + ClientCardInputTest.HUGE + ";;;",
                        "validation.name.tooLong"),
                line("bell character in a name", "Пет\u0007рова;Анна;;;", "validation.text.controlCharacters"),
                line("escape sequence in a name", "\u001B[2J;Анна;;;", "validation.text.controlCharacters"),
                line("phone of letters", "Петрова;Анна;звонить после 18;;", "clientImport.reason.badPhone"),
                line("e-mail with injection", "Петрова;Анна;;;x' OR '1'='1", "clientImport.reason.badEmail"),
                line("far too many cells", "Петрова;Анна;1;2;3;4;5;6;7;8;9;10", "clientImport.reason.tooManyCells"),
                line("quote left open", "\"Петрова;Анна;;;", "clientImport.reason.unclosedQuote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedLines")
    void importAll_badLine_rejectedWithReason_andNothingElseChanges(String kind, String line, String key)
            throws Exception {
        Path file = Files.write(dir.resolve("clients.csv"), utf8(HEADER + line + "\n"));

        ImportTable table = service.read(file);
        ImportReport report = service.importAll(table, service.guess(table));

        assertThat(report.imported()).isZero();
        java.util.List<ImportRow> rejected = new java.util.ArrayList<>(report.rejected());
        rejected.addAll(table.unreadable());
        assertThat(rejected).extracting(ImportRow::reasonKey).contains(key);
        for (ImportRow row : rejected) {
            Object[] args = row.reasonArgs().toArray();
            ClearMessage.assertClear(row.reasonKey(), args);
            assertThat(ClearMessage.RU.get(row.reasonKey(), args)).as("a reason is a line, not the cell again")
                    .hasSizeLessThan(400);
        }
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: " + kind);
    }

    static Stream<Arguments> literalNames() {
        return Stream.of(
                Arguments.of("SQL injection", "'); DROP TABLE client;--"),
                Arguments.of("format string", "%s %n %x"),
                Arguments.of("JNDI lookup", "${jndi:ldap://example.org/a}"),
                Arguments.of("HTML script", "<script>alert(1)</script>"),
                Arguments.of("path traversal", "../../etc/passwd"),
                Arguments.of("formula for a spreadsheet", "=HYPERLINK(\"http://example.org\")"),
                Arguments.of("right-to-left override", "Анна\u202Eанв"),
                Arguments.of("zero-width characters", "Ан\u200Bна\u200D"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literalNames")
    void importAll_oddButLegalName_importedLiterally_andNothingElseChanges(String kind, String name)
            throws Exception {
        String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
        Path file = Files.write(dir.resolve("clients.csv"), utf8(HEADER + "Петрова;" + quoted + ";;;\n"));

        ImportTable table = service.read(file);
        ImportReport report = service.importAll(table, service.guess(table));

        assertThat(report.imported()).isEqualTo(1);
        ClientService clients = new ClientService(db, TestClock.FIXED);
        ClientSummary added = clients.list().stream().filter(c -> c.name().lastName().equals("Петрова"))
                .findFirst().orElseThrow();
        assertThat(added.name().firstName()).isEqualTo(name);
        assertThat(clients.deletePermanently(added.id(), added.name().full())).isTrue();
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: " + kind);
    }

    static Stream<Arguments> encodings() {
        String text = HEADER + "Петрова;Анна;;15.03.1984;\n";
        byte[] bom8 = utf8("\uFEFF" + text);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("Windows-1251 (Russian Excel)", text.getBytes(WINDOWS_1251), "windows-1251"),
                Arguments.of("UTF-8 with a byte order mark", bom8, "UTF-8"),
                Arguments.of("UTF-16 with a byte order mark", utf16, "UTF-16LE"),
                Arguments.of("old Mac line ends (CR alone)", utf8(text.replace('\n', '\r')), "UTF-8"),
                Arguments.of("Windows line ends (CRLF)", utf8(text.replace("\n", "\r\n")), "UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void importAll_otherEncodingOrLineEnds_readsTheCyrillicRight(String kind, byte[] bytes, String encoding)
            throws Exception {
        Path file = Files.write(dir.resolve("clients.csv"), bytes);

        ImportTable table = service.read(file);
        ImportReport report = service.importAll(table, service.guess(table));

        assertThat(table.encoding()).isEqualTo(encoding);
        assertThat(report.imported()).isEqualTo(1);
        ClientService clients = new ClientService(db, TestClock.FIXED);
        ClientSummary added = clients.list().stream().filter(c -> c.name().lastName().equals("Петрова"))
                .findFirst().orElseThrow();
        assertThat(added.name().full()).isEqualTo("Петрова Анна");
        assertThat(clients.deletePermanently(added.id(), added.name().full())).isTrue();
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: " + kind);
    }

    private static Arguments file(String kind, String name, byte[] bytes, String key) {
        return Arguments.of(kind, name, bytes, key);
    }

    private static Arguments line(String kind, String line, String key) {
        return Arguments.of(kind, line, key);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
