package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** {@code restore} prints what the backup holds and where the old file went; refusals are one line. */
class RestoreCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path file;
    private Path backup;

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private int run(String... args) {
        return run(Language.EN, args);
    }

    @BeforeEach
    void practiceWithABackup() throws Exception {
        file = folder.resolve("k.db");
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            p.clients().save(ClientBuilders.olga().build());
            backup = p.backups().backUp(folder.resolve("bk"), (pages, of) -> { }).file();
            p.clients().save(ClientBuilders.anna().build());
        }
    }

    private long clients(Path f) throws Exception {
        try (Practice p = Practice.openAsItIs(f, TestClock.FIXED)) {
            return p.clients().list().size();
        }
    }

    @Test
    void restore_printsThePreviewThenTheSafetyCopy() throws Exception {
        assertThat(run("restore", "--from", backup.toString(), "--db", file.toString())).isZero();

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines[0]).startsWith("Backup ").contains("1 client(s), 0 session(s), 0 note(s)");
        Path copy = folder.resolve("k.db.before-restore-20261124-100000");
        assertThat(lines[1]).contains("kept at: " + copy.toAbsolutePath());
        assertThat(clients(file)).isEqualTo(1);
        assertThat(clients(copy)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void restore_inRussian_saysItInRussian() throws Exception {
        assertThat(run(Language.RU, "restore", "--from", backup.toString(), "--db", file.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Резервная копия").contains("клиентов — 1")
                .contains("сохранён здесь");
    }

    @Test
    void restore_damagedBackup_oneLineNoTrace_andFileUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(file);
        try (RandomAccessFile raf = new RandomAccessFile(backup.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            byte[] junk = new byte[8192];
            Arrays.fill(junk, (byte) 0x33);
            raf.write(junk);
        }

        assertThat(run("restore", "--from", backup.toString(), "--db", file.toString())).isEqualTo(Cli.FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is damaged").doesNotContain("Exception")
                .hasLineCount(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void restore_whileKabinetHasTheFileOpen_oneClearLine() throws Exception {
        try (Practice open = Practice.open(file, TestClock.FIXED)) {
            assertThat(run("restore", "--from", backup.toString(), "--db", file.toString())).isEqualTo(Cli.FAILED);
            assertThat(open.clients().list()).hasSize(2);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is open in Kabinet. Close Kabinet first")
                .hasLineCount(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Backup ");
    }

    @Test
    void restore_withoutFrom_usageError() {
        assertThat(run("restore", "--db", file.toString())).isEqualTo(Cli.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from");
    }
}
