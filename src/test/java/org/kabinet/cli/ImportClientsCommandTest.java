package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.TestClock;

/** {@code import-clients} imports in one go and prints what it did as JSON; a dry run writes nothing. */
class ImportClientsCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path db;

    @BeforeEach
    void practice() throws Exception {
        db = folder.resolve("k.db");
        try (Practice practice = Practice.open(db, TestClock.FIXED)) {
            // an empty practice
        }
    }

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static String fixture(String name) {
        try {
            return Path.of(ImportClientsCommandTest.class.getResource("/org/kabinet/import/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private long clients() throws Exception {
        try (Practice practice = Practice.openAsItIs(db, TestClock.FIXED)) {
            return practice.clients().list().size();
        }
    }

    @Test
    void importClients_printsCountsAndEveryProblemLineWithItsReasonInTheCliLanguage() throws Exception {
        assertThat(run(Language.RU, "import-clients", "--db", db.toString(), "--in", fixture("broken.csv"))).isZero();

        JsonNode json = json();
        assertThat(json.get("format").asText()).isEqualTo("csv");
        assertThat(json.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(json.get("imported").asInt()).isEqualTo(2);
        assertThat(json.get("skipped").asInt()).isEqualTo(1);
        assertThat(json.get("rejected").asInt()).isEqualTo(7);
        JsonNode first = json.get("problems").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(3);
        assertThat(first.get("outcome").asText()).isEqualTo("rejected");
        assertThat(first.get("reason").asText()).isEqualTo("Дата «31.02.1987» непонятна: пишите 15.03.1984 или 1984-03-15.");
        assertThat(clients()).isEqualTo(2);
    }

    @Test
    void importClients_again_skipsEveryoneAsDuplicates() throws Exception {
        run(Language.EN, "import-clients", "--db", db.toString(), "--in", fixture("android-2.1.vcf"));
        out.reset();

        assertThat(run(Language.EN, "import-clients", "--db", db.toString(), "--in", fixture("android-2.1.vcf")))
                .isZero();

        assertThat(json().get("format").asText()).isEqualTo("vcard");
        assertThat(json().get("imported").asInt()).isZero();
        assertThat(json().get("skipped").asInt()).isEqualTo(3);
        assertThat(json().get("problems").get(0).get("reason").asText()).startsWith("Already in your base:");
        assertThat(clients()).isEqualTo(3);
    }

    @Test
    void importClients_dryRun_countsButWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(db);

        assertThat(run(Language.EN, "import-clients", "--db", db.toString(), "--in", fixture("excel-ru-1251.csv"),
                "--dry-run")).isZero();

        assertThat(json().get("imported").asInt()).isEqualTo(5);
        assertThat(json().get("dryRun").asBoolean()).isTrue();
        assertThat(json().get("encoding").asText()).isEqualTo("windows-1251");
        assertThat(clients()).isZero();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void importClients_missingFile_saysSoOnOneLine() {
        assertThat(run(Language.EN, "import-clients", "--db", db.toString(), "--in", folder.resolve("no.csv").toString()))
                .isEqualTo(Cli.FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no file").contains("no.csv");
    }

    @Test
    void importClients_withoutIn_isAUsageError() {
        assertThat(run(Language.EN, "import-clients", "--db", db.toString())).isEqualTo(Cli.USAGE);
    }
}
