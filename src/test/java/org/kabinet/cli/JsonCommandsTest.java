package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** {@code export-json} and {@code import-json}: a practice out and into a new file, and refusals in one line. */
class JsonCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private int run(String... args) {
        return run(Language.EN, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path practice() throws Exception {
        Path file = folder.resolve("k.db");
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            var olga = p.clients().save(ClientBuilders.olga().build());
            p.notes().save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("о матери")));
            p.notes().save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("моё личное"))
                    .withPrivate(true));
        }
        return file;
    }

    @Test
    void exportThenImportIntoANewFile_printsWhatMoved_andTheNewFileExportsTheSame() throws Exception {
        Path file = practice();
        Path json = folder.resolve("out.json");
        Path copy = folder.resolve("new.db");

        assertThat(run("export-json", "--db", file.toString(), "--out", json.toString())).isZero();
        assertThat(out()).startsWith("Exported to " + json.toAbsolutePath() + ": 1 client(s), 0 session(s), 1 note(s)")
                .contains("Private notes were left out.");
        assertThat(Files.readString(json)).contains("о матери").doesNotContain("моё личное");
        out.reset();

        assertThat(run("import-json", "--db", copy.toString(), "--in", json.toString())).isZero();
        assertThat(out()).startsWith("Imported into " + copy.toAbsolutePath() + ": 1 client(s), 0 session(s), 1 note(s)");

        Path again = folder.resolve("again.json");
        assertThat(run("export-json", "--db", copy.toString(), "--out", again.toString())).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(json));
    }

    @Test
    void export_withIncludePrivate_writesThePrivateNote_andWarns() throws Exception {
        Path file = practice();
        Path json = folder.resolve("out.json");

        assertThat(run(Language.RU, "export-json", "--include-private", "--db", file.toString(), "--out",
                json.toString())).isZero();

        assertThat(Files.readString(json)).contains("моё личное", "\"includesPrivateNotes\": true");
        assertThat(out()).contains("Личные записи выгружены");
    }

    @Test
    void import_intoAPracticeWithClients_isOneLine_andExitsFailed() throws Exception {
        Path file = practice();
        Path json = folder.resolve("out.json");
        run("export-json", "--db", file.toString(), "--out", json.toString());

        assertThat(run("import-json", "--db", file.toString(), "--in", json.toString())).isEqualTo(Cli.FAILED);

        assertThat(err()).startsWith("This practice already has clients (1).").doesNotContain("Exception");
    }

    @Test
    void import_ofMalformedJson_saysWhere() throws Exception {
        Path json = Files.writeString(folder.resolve("bad.json"), "{\n  \"format\": \"kabinet-export\",\n  oops\n}");

        assertThat(run(Language.RU, "import-json", "--db", folder.resolve("n.db").toString(), "--in", json.toString()))
                .isEqualTo(Cli.FAILED);

        assertThat(err()).contains("не корректный JSON: ошибка в строке 3, позиция 3");
    }

    @Test
    void import_ofAMissingFile_andExport_withoutOut_areOneLine() throws Exception {
        assertThat(run("import-json", "--db", folder.resolve("n.db").toString(), "--in",
                folder.resolve("none.json").toString())).isEqualTo(Cli.FAILED);
        assertThat(err()).startsWith("There is no file");
        err.reset();

        assertThat(run("export-json", "--db", practice().toString())).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--out");
    }

    @Test
    void help_inBothLanguages() {
        assertThat(run("export-json", "--help")).isZero();
        assertThat(out()).startsWith("Usage: java -jar kabinet.jar export-json --db FILE --out FILE [--include-private]");
        out.reset();
        assertThat(run(Language.RU, "import-json", "--help")).isZero();
        assertThat(out()).startsWith("Использование: java -jar kabinet.jar import-json");
    }
}
