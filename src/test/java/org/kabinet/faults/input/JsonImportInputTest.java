package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kabinet.export.ExportException;
import org.kabinet.logic.ClientService;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.transfer.JsonTransferService;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/**
 * Bad practice JSON files through {@code import-json}'s service: each refused with its own
 * message in both languages, and the practice it was meant for left exactly as it was, in one
 * transaction, however far into the file the problem lies.
 */
@ExtendWith(BadInputTally.class)
class JsonImportInputTest {

    @TempDir
    static Path shared;

    private static String exported;

    @TempDir
    Path dir;

    private Database db;
    private Fingerprint before;

    @BeforeAll
    static void exportAPractice() throws Exception {
        try (Database source = TestDatabases.fresh(Files.createDirectories(shared.resolve("source")))) {
            new ClientService(source, TestClock.FIXED).save(ClientBuilders.olga().build());
            Path out = shared.resolve("practice.json");
            new JsonTransferService(source).export(out, true);
            exported = Files.readString(out);
        }
        assertThat(exported).contains("\"birth_date\": \"1984-03-15\"", "\"first_name\": \"Ольга\"");
    }

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir);
        before = Fingerprint.of(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Stream<Arguments> refused() {
        byte[] garbage = new byte[2048];
        new Random(11).nextBytes(garbage);
        return Stream.of(
                bytes("empty file (0 bytes)", new byte[0], "json.error.foreign"),
                bytes("binary garbage", garbage, "json.error.malformed"),
                text("only spaces", "    \n\n   ", "json.error.foreign"),
                text("a CSV file", "Фамилия;Имя\nПетрова;Анна\n", "json.error.malformed"),
                text("a JSON array, not an object", "[1, 2, 3]", "json.error.foreign"),
                text("JSON without tables", "{\"format\": \"kabinet-practice\"}", "json.error.foreign"),
                edit("cut off halfway", j -> j.substring(0, j.length() / 2), "json.error.malformed"),
                edit("trailing garbage after the document", j -> j + "}}} DROP TABLE client;", "json.error.malformed"),
                edit("another program's JSON", j -> j.replace("\"kabinet-export\"", "\"other-app\""),
                        "json.error.foreign"),
                edit("a newer format version", j -> j.replaceFirst("\"formatVersion\": \\d+", "\"formatVersion\": 999"),
                        "json.error.newerFormat"),
                edit("another schema version", j -> j.replaceFirst("\"schemaVersion\": \\d+", "\"schemaVersion\": 1"),
                        "json.error.otherSchema"),
                edit("impossible date 31.02 in a row", j -> j.replace("\"1984-03-15\"", "\"1984-02-31\""),
                        "json.error.rowRefused"),
                edit("date written as text", j -> j.replace("\"1984-03-15\"", "\"весной\""), "json.error.rowRefused"),
                edit("date in the Russian way", j -> j.replace("\"1984-03-15\"", "\"15.03.1984\""),
                        "json.error.rowRefused"),
                edit("required name left empty", j -> j.replace("\"first_name\": \"Ольга\"", "\"first_name\": \"\""),
                        "json.error.rowRefused"),
                edit("a status Kabinet does not know", j -> j.replace("\"status\": \"ACTIVE\"", "\"status\": \"'; DROP\""),
                        "json.error.rowRefused"),
                edit("text where a number belongs", j -> j.replaceFirst("\"id\": 1,", "\"id\": \"один\","),
                        "json.error.rowRefused"),
                edit("a number too large for any column", j -> j.replaceFirst("\"id\": 1,", "\"id\": 123456789012345678901234567890,"),
                        "json.error.value"),
                edit("an object where a value belongs", j -> j.replace("\"Ольга\"", "{\"x\": 1}"), "json.error.value"),
                edit("a column Kabinet does not know", j -> j.replace("\"first_name\":", "\"first_name'--\": 1, \"first_name\":"),
                        "json.error.unknownColumn"),
                edit("a table named by injection", j -> j.replace("\"tables\": {", "\"tables\": {\"client; DROP TABLE client\": [],"),
                        "json.error.unknownTable"),
                edit("a name with a lone surrogate escape", j -> j.replace("\"Ольга\"", "\"Ольга\\ud800\""),
                        "json.error.rowRefused"),
                edit("a name with a NUL escape", j -> j.replace("\"Ольга\"", "\"Ольга\\u0000\""),
                        "json.error.rowRefused"),
                edit("a huge field (5 MB name)", j -> j.replace("\"Ольга\"", "\"" + ClientCardInputTest.HUGE + "\""),
                        "json.error.rowRefused"),
                edit("deeply nested arrays", j -> j.replace("\"tables\": {", "\"extra\": " + "[".repeat(5000)
                        + "]".repeat(5000) + ", \"tables\": {"), "json.error.malformed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void importInto_badFile_refusedWithItsMessage_andNothingChanges(String kind, byte[] content, String key)
            throws Exception {
        Path file = Files.write(dir.resolve("in.json"), content);

        assertThatThrownBy(() -> new JsonTransferService(db).importInto(file)).satisfies(e -> {
            assertThat(e).isInstanceOfAny(RuleException.class, ExportException.class);
            String messageKey = e instanceof RuleException r ? r.messageKey() : ((ExportException) e).messageKey();
            Object[] args = e instanceof RuleException r ? r.args() : ((ExportException) e).args();
            assertThat(messageKey).isEqualTo(key);
            ClearMessage.assertClear(messageKey, args);
        });
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: JSON " + kind);
    }

    @Test
    void importInto_windows1251OrUtf16Text_refusedOrReadRight_andNothingLost() throws Exception {
        Path cp1251 = Files.write(dir.resolve("cp1251.json"), exported.getBytes(Charset.forName("windows-1251")));
        assertThatThrownBy(() -> new JsonTransferService(db).importInto(cp1251))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("json.error.malformed"));
        Fingerprint.assertUnchanged(db, before);
        BadInputTally.record("import: JSON in Windows-1251");

        Path utf16 = Files.write(dir.resolve("utf16.json"), ("\uFEFF" + exported).getBytes(StandardCharsets.UTF_16LE));
        new JsonTransferService(db).importInto(utf16);
        assertThat(new ClientService(db, TestClock.FIXED).list()).extracting(c -> c.name().full())
                .containsExactly("Иванова Ольга Петровна");
        assertThat(db.integrityProblems()).isEmpty();
        BadInputTally.record("import: JSON in UTF-16");
    }

    @Test
    void importInto_practiceThatHasClients_refused_andItsClientsStay() throws Exception {
        new ClientService(db, TestClock.FIXED).save(ClientBuilders.minimal("Мария").build());
        Fingerprint withClient = Fingerprint.of(db);
        Path file = Files.writeString(dir.resolve("in.json"), exported);

        assertThatThrownBy(() -> new JsonTransferService(db).importInto(file)).isInstanceOfSatisfying(
                RuleException.class, e -> assertThat(e.messageKey()).isEqualTo("json.error.notEmpty"));
        ClearMessage.assertClear("json.error.notEmpty", 1L);
        Fingerprint.assertUnchanged(db, withClient);
        BadInputTally.record("import: JSON into a practice that has clients");
    }

    @Test
    void importInto_injectionLikeName_storedLiterally() throws Exception {
        String name = "'); DROP TABLE client;-- %s ${jndi:ldap://x} <script>";
        Path file = Files.writeString(dir.resolve("in.json"),
                exported.replace("\"Ольга\"", "\"" + name.replace("\\", "\\\\") + "\""));

        new JsonTransferService(db).importInto(file);

        assertThat(new ClientService(db, TestClock.FIXED).list()).extracting(c -> c.name().firstName())
                .containsExactly(name);
        assertThat(db.integrityProblems()).isEmpty();
        BadInputTally.record("import: JSON injection-like text");
    }

    private static Arguments bytes(String kind, byte[] content, String key) {
        return Arguments.of(kind, content, key);
    }

    private static Arguments text(String kind, String content, String key) {
        return Arguments.of(kind, content.getBytes(StandardCharsets.UTF_8), key);
    }

    private static Arguments edit(String kind, UnaryOperator<String> change, String key) {
        // JUnit asks for the arguments after @BeforeAll, so the export is there to edit.
        return Arguments.of(kind, change.apply(exported).getBytes(StandardCharsets.UTF_8), key);
    }
}
