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
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** The jar's headless commands, run in-process with captured output. */
class CliTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli cli = new Cli(Messages.of(Language.EN), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void help_listsEveryCommand() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("help", "demo", "verify");
    }

    @Test
    void everyCommand_answersHelp() {
        for (String command : List.of("help", "demo", "verify")) {
            assertThat(run(command, "--help")).isZero();
        }
        assertThat(out()).contains("--clients N", "--db FILE", "\"integrity\": \"ok\"");
    }

    @Test
    void demoThenVerify_countsTheClientsWritten() {
        Path file = folder.resolve("k.db");
        assertThat(run("demo", "--db", file.toString(), "--clients", "300", "--seed", "7")).isZero();
        assertThat(run("verify", "--db", file.toString())).isZero();
        assertThat(out()).contains("\"integrity\": \"ok\"", "\"clients\": 300", "\"demo\": true");
    }

    @Test
    void demoThenVerify_countsSessionsAndEnrolments() {
        Path file = folder.resolve("k.db");
        assertThat(run("demo", "--db", file.toString(), "--clients", "300", "--seed", "7")).isZero();
        assertThat(run("verify", "--db", file.toString())).isZero();
        assertThat(out()).containsPattern("\"sessions\": [1-9]\\d*").containsPattern("\"enrolments\": [1-9]\\d*")
                .contains("\"programs\": 1", "\"lessons\": 15");
    }

    @Test
    void demoThenVerify_countsExercisesAndHomework() {
        Path file = folder.resolve("k.db");
        assertThat(run("demo", "--db", file.toString(), "--clients", "300", "--seed", "7")).isZero();
        assertThat(run("verify", "--db", file.toString())).isZero();
        assertThat(out()).contains("\"exercises\": 14").containsPattern("\"homework\": [1-9]\\d*");
    }

    @Test
    void demo_overARealPractice_refusesAndLeavesItAlone() throws Exception {
        Path file = folder.resolve("mine.db");
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            practice.clients().save(ClientBuilders.olga().build());
        }
        byte[] before = Files.readAllBytes(file);

        assertThat(run("demo", "--db", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("not a demo practice");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void verify_missingFile_saysSoInOneLine_andCreatesNothing() {
        Path file = folder.resolve("nowhere.db");
        assertThat(run("verify", "--db", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().strip()).contains("There is no such file").doesNotContain("\n").doesNotContain("Exception");
        assertThat(file).doesNotExist();
    }

    @Test
    void verify_textFile_isRefusedAndLeftByteIdentical() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "not a database, just some notes\n".repeat(40));
        byte[] before = Files.readAllBytes(file);

        assertThat(run("verify", "--db", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("not a Kabinet practice file");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void unknownOptionsAndCommands_areUsageErrors() {
        assertThat(run("verify", "--database", "x")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("Unknown option \"--database\"");
        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(run("demo", "--db", folder.resolve("d.db").toString(), "--clients", "many")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("needs a whole number");
    }
}
