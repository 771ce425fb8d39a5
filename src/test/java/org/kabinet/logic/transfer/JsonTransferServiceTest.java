package org.kabinet.logic.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.export.ExportException;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.storage.Migrations;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** The JSON export and import: an exact round trip, nothing private or secret by default, all or nothing. */
class JsonTransferServiceTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path source;
    private static Path exported;
    private static Path exportedWithPrivate;

    @BeforeAll
    static void exportTheFixture() throws Exception {
        source = TransferFixture.practice(shared.resolve("source.db"));
        exported = shared.resolve("practice.json");
        exportedWithPrivate = shared.resolve("practice-private.json");
        try (Practice p = Practice.open(source, TestClock.FIXED)) {
            p.jsonTransfer().export(exported, false);
            p.jsonTransfer().export(exportedWithPrivate, true);
        }
    }

    private TransferCounts importInto(Path target, Path json) throws Exception {
        try (Practice p = Practice.open(target, TestClock.FIXED)) {
            return p.jsonTransfer().importInto(json);
        }
    }

    private byte[] exportOf(Path practice, boolean includePrivate) throws Exception {
        Path out = dir.resolve("again-" + System.nanoTime() + ".json");
        try (Practice p = Practice.open(practice, TestClock.FIXED)) {
            p.jsonTransfer().export(out, includePrivate);
        }
        return Files.readAllBytes(out);
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void roundTrip_withoutPrivateNotes_givesTheSameBytes() throws Exception {
        Path target = dir.resolve("target.db");

        TransferCounts counts = importInto(target, exported);

        assertThat(exportOf(target, false)).isEqualTo(Files.readAllBytes(exported));
        assertThat(counts.clients()).isEqualTo(42);
        for (String table : new String[] {"session", "note", "note_version", "homework", "contact", "follow_up",
            "enrolment", "exercise_tag", "suggestion_dismissal", "client_goal", "client_phone"}) {
            assertThat(counts.of(table)).as(table).isPositive();
        }
    }

    @Test
    void roundTrip_withPrivateNotes_givesTheSameBytes() throws Exception {
        Path target = dir.resolve("target.db");

        importInto(target, exportedWithPrivate);

        assertThat(exportOf(target, true)).isEqualTo(Files.readAllBytes(exportedWithPrivate));
        assertThat(text(exportedWithPrivate)).contains("\"includesPrivateNotes\": true", TransferFixture.PRIVATE_TEXT,
                TransferFixture.PRIVATE_VERSION_TEXT, TransferFixture.ONCE_PRIVATE_TEXT);
    }

    @Test
    void export_byDefault_leavesPrivateNotesAndEveryPrivateVersionOut_andSaysSo() throws Exception {
        String json = text(exported);

        assertThat(json).contains("\"includesPrivateNotes\": false", TransferFixture.SHARED_WORD, "прежний текст")
                .doesNotContain(TransferFixture.PRIVATE_TEXT, TransferFixture.PRIVATE_VERSION_TEXT,
                        TransferFixture.ONCE_PRIVATE_TEXT, "\"private\": 1");
    }

    @Test
    void export_neverHoldsThisComputersBackupAndLockSettings_norSearchIndexes() throws Exception {
        for (Path file : new Path[] {exported, exportedWithPrivate}) {
            assertThat(text(file)).doesNotContain(TransferFixture.PASSPHRASE, TransferFixture.LOCK_SECRET,
                    TransferFixture.BACKUP_FOLDER, "backup.", "lock.", "note_search", "client_search", "sqlite_");
            // The fixture is a demo practice: its flag stays in its own file, never in hers.
            assertThat(text(file)).doesNotContain("\"demo\"");
        }
    }

    @Test
    void export_isStableAndHeaderFirst() throws Exception {
        assertThat(text(exported)).startsWith("{\n  \"format\": \"kabinet-export\",\n  \"formatVersion\": 1,\n"
                + "  \"schemaVersion\": " + Migrations.LATEST + ",\n  \"includesPrivateNotes\": false,\n  \"tables\": {\n"
                + "    \"practice_meta\": [\n");
        assertThat(exportOf(source, false)).isEqualTo(Files.readAllBytes(exported));
    }

    @Test
    void import_keepsTheTargetsOwnBackupSettings_andSearchFindsWhatCameIn() throws Exception {
        Path target = dir.resolve("target.db");
        try (Practice p = Practice.open(target, TestClock.FIXED)) {
            p.backups().chooseFolder(dir.resolve("my-backups"));
        }

        importInto(target, exported);

        try (Practice p = Practice.open(target, TestClock.FIXED)) {
            assertThat(p.backups().folder()).isEqualTo(dir.resolve("my-backups"));
            assertThat(p.search().search(TransferFixture.SHARED_WORD, Locale.forLanguageTag("ru"), l -> "").isEmpty())
                    .isFalse();
            assertThat(p.search().search("Надежда", Locale.forLanguageTag("ru"), l -> "").isEmpty()).isFalse();
        }
    }

    @Test
    void import_intoAPracticeWithClients_isRefused_andChangesNothing() throws Exception {
        Path target = dir.resolve("target.db");
        try (Practice p = Practice.open(target, TestClock.FIXED)) {
            p.clients().save(ClientBuilders.olga().build());
        }
        byte[] before = exportOf(target, true);

        assertRefused(target, exported, "json.error.notEmpty");

        assertThat(exportOf(target, true)).isEqualTo(before);
    }

    @Test
    void import_ofAForeignFile_isRefused() throws Exception {
        assertRefused(dir.resolve("t.db"), write("{\"name\": \"контакты\", \"tables\": {}}"), "json.error.foreign");
        Path array = write("[1, 2, 3]");
        assertThatThrownBy(() -> importInto(dir.resolve("t.db"), array)).isInstanceOfSatisfying(ExportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("json.error.foreign"));
    }

    @Test
    void import_ofANewerFormat_isRefused() throws Exception {
        RuleException e = assertRefused(dir.resolve("t.db"),
                write(text(exported).replace("\"formatVersion\": 1,", "\"formatVersion\": 2,")), "json.error.newerFormat");
        assertThat(e.args()).endsWith(2, 1);
    }

    @Test
    void import_ofAnotherSchemaVersion_isRefused_sayingWhich() throws Exception {
        int other = Migrations.LATEST - 1;
        RuleException e = assertRefused(dir.resolve("t.db"), write(text(exported).replace(
                "\"schemaVersion\": " + Migrations.LATEST + ",", "\"schemaVersion\": " + other + ",")),
                "json.error.otherSchema");
        assertThat(e.args()).endsWith(other, Migrations.LATEST);
    }

    @Test
    void import_ofMalformedJson_saysTheLineAndColumn_andChangesNothing() throws Exception {
        Path target = dir.resolve("target.db");
        byte[] before = exportOf(target, true);
        String json = text(exported);
        Path cut = write(json.substring(0, json.length() / 2));

        assertThatThrownBy(() -> importInto(target, cut)).isInstanceOfSatisfying(ExportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("json.error.malformed");
            assertThat((int) e.args()[1]).isGreaterThan(100);
            assertThat((int) e.args()[2]).isPositive();
        });
        assertThat(exportOf(target, true)).isEqualTo(before);
    }

    @Test
    void import_failingAtTheLastTable_leavesNothingBehind() throws Exception {
        Path target = dir.resolve("target.db");
        byte[] before = exportOf(target, true);
        String json = text(exported);
        String dismissal = "{\"client_id\": 1001, \"rule\": \"BIRTHDAY\"";
        assertThat(json.indexOf(dismissal)).isGreaterThan(json.length() * 9 / 10);

        RuleException e = assertRefused(target, write(json.replace(dismissal, "{\"client_id\": 1001, \"rule\": null")),
                "json.error.rowRefused");

        assertThat(e.args()[2]).isEqualTo("suggestion_dismissal");
        assertThat(exportOf(target, true)).isEqualTo(before);
    }

    @Test
    void import_withAReferenceToNothing_isRefused() throws Exception {
        assertRefused(dir.resolve("t.db"), write(text(exported).replace(
                "{\"client_id\": 1001, \"rule\": \"BIRTHDAY\"", "{\"client_id\": 99999, \"rule\": \"BIRTHDAY\"")),
                "json.error.brokenLinks");
    }

    @Test
    void import_ofAnUnknownTableOrColumn_isRefused() throws Exception {
        assertRefused(dir.resolve("t.db"), write(text(exported).replace("\"tables\": {", "\"tables\": {\"payments\": [],")),
                "json.error.unknownTable");
        assertRefused(dir.resolve("t.db"), write(text(exported).replaceFirst("\\{\"key\": \"", "{\"colour\": 1, \"key\": \"")),
                "json.error.unknownColumn");
    }

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("in-" + System.nanoTime() + ".json"), json, StandardCharsets.UTF_8);
    }

    private RuleException assertRefused(Path target, Path json, String key) {
        RuleException[] caught = new RuleException[1];
        assertThatThrownBy(() -> importInto(target, json)).isInstanceOfSatisfying(RuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            caught[0] = e;
        });
        return caught[0];
    }
}
