package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kabinet.cli.Cli;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * Bad files through the jar's own commands ({@code import-clients}, {@code import-json},
 * {@code restore}), in English and in Russian: one readable line on standard error (no stack
 * trace, no exception's name, no SQLite words), a non-zero exit, and the practice as it was.
 */
@ExtendWith(BadInputTally.class)
class CliInputTest {

    @TempDir
    Path folder;

    private Path db;
    private byte[] before;

    @BeforeEach
    void practice() throws Exception {
        db = folder.resolve("k.db");
        try (Practice practice = Practice.open(db, TestClock.FIXED)) {
            practice.clients().save(ClientBuilders.olga().build());
        }
        before = contents();
    }

    static Stream<Arguments> badFiles() {
        byte[] garbage = new byte[4096];
        new Random(3).nextBytes(garbage);
        List<Arguments> cases = new ArrayList<>();
        for (Language language : Language.values()) {
            cases.add(Arguments.of(language, "import-clients", "--in", "empty.csv", new byte[0]));
            cases.add(Arguments.of(language, "import-clients", "--in", "garbage.csv", garbage));
            cases.add(Arguments.of(language, "import-json", "--in", "cut.json",
                    "{\"format\": \"kabinet-export\", \"tables\": {\"client\": [{\"id\": 1,".getBytes(StandardCharsets.UTF_8)));
            cases.add(Arguments.of(language, "restore", "--from", "backup.db", garbage));
            cases.add(Arguments.of(language, "restore", "--from", "empty-backup.db", new byte[0]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {3} in {0}")
    @MethodSource("badFiles")
    void command_badFile_oneClearLineInHerLanguage_andThePracticeAsItWas(Language language, String command,
            String option, String name, byte[] content) throws Exception {
        Path file = Files.write(folder.resolve(name), content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        int code = cli.run(List.of(command, option, file.toString(), "--db", db.toString()));

        String said = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(code).isNotZero();
        assertThat(said.lines()).hasSize(1);
        ClearMessage.assertClearText(said.replace(folder.toString(), "FOLDER"));
        if (language == Language.RU) {
            assertThat(said).containsPattern("[а-яА-Я]");
        }
        assertThat(contents()).isEqualTo(before);
        BadInputTally.record("command line: " + command + " of " + name);
    }

    /** Everything the practice holds, as its JSON export (stable, private notes included). */
    private byte[] contents() throws Exception {
        Path out = folder.resolve("contents-" + System.nanoTime() + ".json");
        try (Practice practice = Practice.openAsItIs(db, TestClock.FIXED)) {
            practice.jsonTransfer().export(out, true);
        }
        return Files.readAllBytes(out);
    }
}
