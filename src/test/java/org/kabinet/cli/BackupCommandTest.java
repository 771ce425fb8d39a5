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

/** {@code backup} prints the backup's path first, then what it holds; a bad folder is one line. */
class BackupCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli cli = new Cli(Messages.of(Language.EN), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private Path practice() throws Exception {
        Path file = folder.resolve("k.db");
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            p.clients().save(ClientBuilders.olga().build());
        }
        return file;
    }

    @Test
    void backup_printsThePathThenWhatItHolds_andVerifyAcceptsTheCopy() throws Exception {
        Path file = practice();

        assertThat(run("backup", "--db", file.toString(), "--to", folder.resolve("bk").toString())).isZero();

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        Path backup = Path.of(lines[0]);
        assertThat(backup).exists();
        assertThat(backup.getFileName().toString()).matches("k-2026-11-24-100000-[0-9a-f]{8}\\.db");
        assertThat(lines[1]).startsWith("Backed up in").contains("checked; it holds 1 client(s)");
        out.reset();
        assertThat(run("verify", "--db", backup.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"integrity\": \"ok\"");
    }

    @Test
    void backup_intoAFile_oneLineAndNoTrace() throws Exception {
        Path file = practice();
        Path blocker = Files.writeString(folder.resolve("blocker"), "x");

        assertThat(run("backup", "--db", file.toString(), "--to", blocker.resolve("bk").toString()))
                .isEqualTo(Cli.FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("The backup could not be written there")
                .doesNotContain("Exception");
    }

    @Test
    void backup_withAPassphraseFile_isEncrypted_verifyAndRestoreNeedTheSamePassphrase() throws Exception {
        Path file = practice();
        Path phrase = Files.writeString(folder.resolve("phrase.txt"), "три сосны у реки\n");
        Path wrong = Files.writeString(folder.resolve("wrong.txt"), "три сосны у озера\n");

        assertThat(run("backup", "--db", file.toString(), "--to", folder.resolve("bk").toString(),
                "--passphrase-file", phrase.toString())).isZero();
        Path backup = Path.of(out.toString(StandardCharsets.UTF_8).split("\\R")[0]);
        assertThat(backup.getFileName().toString()).matches("k-2026-11-24-100000-[0-9a-f]{8}\\.db\\.enc");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("три сосны");

        out.reset();
        assertThat(run("verify", "--db", backup.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is encrypted");
        err.reset();
        assertThat(run("verify", "--db", backup.toString(), "--passphrase-file", wrong.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not open").doesNotContain("Exception");
        assertThat(run("verify", "--db", backup.toString(), "--passphrase-file", phrase.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"encrypted\": true").contains("\"integrity\": \"ok\"")
                .contains("\"clients\": 1");

        out.reset();
        Path restored = folder.resolve("restored.db");
        assertThat(run("restore", "--from", backup.toString(), "--db", restored.toString(),
                "--passphrase-file", phrase.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 client(s)");
        assertThat(restored).exists();
    }

    @Test
    void backup_emptyOrMissingPassphraseFile_oneClearLine() throws Exception {
        Path file = practice();
        Path empty = Files.writeString(folder.resolve("empty.txt"), "\n");

        assertThat(run("backup", "--db", file.toString(), "--to", folder.resolve("bk").toString(),
                "--passphrase-file", empty.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is empty");
        err.reset();
        assertThat(run("backup", "--db", file.toString(), "--to", folder.resolve("bk").toString(),
                "--passphrase-file", folder.resolve("none.txt").toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot be read");
        assertThat(folder.resolve("bk")).doesNotExist();
    }
}
