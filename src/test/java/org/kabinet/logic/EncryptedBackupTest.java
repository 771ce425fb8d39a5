package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.storage.BackupCipher;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * Encrypted backups end to end: with a passphrase set, the backup in the folder reveals nothing,
 * restores with the passphrase, and is refused cleanly without it, with a wrong one, or damaged;
 * no plain copy is left anywhere.
 */
class EncryptedBackupTest {

    private static final String PASSPHRASE = "три сосны у реки";

    @TempDir
    Path dir;

    private Path practiceFile;
    private Path folder;
    private Path backup;
    private final RestoreService restore = new RestoreService(TestClock.FIXED);

    @BeforeEach
    void encryptedBackupOfAPractice() throws Exception {
        practiceFile = dir.resolve("kabinet.db");
        folder = dir.resolve("stick");
        try (Practice p = Practice.open(practiceFile, TestClock.FIXED)) {
            Client olga = p.clients().save(ClientBuilders.olga().build());
            p.notes().save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("страх темноты")));
            p.backups().setPassphrase(Optional.of(PASSPHRASE));
            assertThat(p.backups().encrypted()).isTrue();
            backup = p.backups().backUp(folder, (pages, of) -> { }).file();
            p.clients().save(ClientBuilders.minimal("Пётр").build());
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static long clients(Path file) {
        try (Practice p = Practice.openAsItIs(file, TestClock.FIXED)) {
            return p.clients().list().size();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void assertRefused(Path bad, Optional<String> passphrase, String key) throws Exception {
        String before = sha256(practiceFile);
        assertThatThrownBy(() -> restore.restore(bad, passphrase, practiceFile))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(sha256(practiceFile)).isEqualTo(before);
        assertNoPlainCopyLeft();
    }

    private void assertNoPlainCopyLeft() throws Exception {
        for (Path place : new Path[] {dir, folder}) {
            try (Stream<Path> files = Files.list(place)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .allMatch(n -> n.equals("kabinet.db") || n.equals("stick") || n.endsWith(".db.enc")
                                || n.startsWith("kabinet.db-") || n.contains("before-restore") || n.startsWith("copy-"));
            }
        }
    }

    @Test
    void backup_isNamedAsEncrypted_revealsNothing_andLeavesNoPlainCopy() throws Exception {
        assertThat(backup.getFileName().toString()).matches("kabinet-2026-11-24-100000-[0-9a-f]{8}\\.db\\.enc");
        assertThat(BackupRotation.madeAt(backup)).isPresent();
        assertThat(RestoreService.needsPassphrase(backup)).isTrue();
        byte[] bytes = Files.readAllBytes(backup);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("SQLite format 3");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Ольга").doesNotContain("страх");
        assertNoPlainCopyLeft();
    }

    @Test
    void preview_withThePassphrase_showsWhatItHolds() {
        BackupPreview preview = restore.preview(backup, Optional.of(PASSPHRASE));

        assertThat(preview.file()).isEqualTo(backup);
        assertThat(preview.clients()).isEqualTo(1);
        assertThat(preview.notes()).isEqualTo(1);
    }

    @Test
    void restore_withThePassphrase_roundTrips() throws Exception {
        assertThat(clients(practiceFile)).isEqualTo(2);

        RestoreService.Restored done = restore.restore(backup, Optional.of(PASSPHRASE), practiceFile);

        assertThat(clients(practiceFile)).isEqualTo(1);
        assertThat(done.backup().clients()).isEqualTo(1);
        assertThat(clients(done.safetyCopy().orElseThrow())).isEqualTo(2);
        assertNoPlainCopyLeft();
    }

    @Test
    void wrongOrMissingPassphrase_refusedCleanly() throws Exception {
        assertRefused(backup, Optional.of("три сосны у озера"), "restore.passphraseWrong");
        assertRefused(backup, Optional.empty(), "restore.passphraseNeeded");
        assertThatThrownBy(() -> restore.preview(backup))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo("restore.passphraseNeeded"));
    }

    @Test
    void damagedOrCutShort_refusedAndPracticeUnchanged() throws Exception {
        Path changed = Files.copy(backup, dir.resolve("copy-changed.db.enc"));
        try (RandomAccessFile raf = new RandomAccessFile(changed.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            int b = raf.read();
            raf.seek(raf.length() / 2);
            raf.write(b ^ 0x40);
        }
        Path cut = Files.copy(backup, dir.resolve("copy-cut.db.enc"));
        try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
            raf.setLength(raf.length() - 100);
        }

        assertRefused(changed, Optional.of(PASSPHRASE), "restore.damaged");
        assertRefused(cut, Optional.of(PASSPHRASE), "restore.damaged");
    }

    @Test
    void passphrase_tooShortIsRefused_andRemovingItMakesPlainBackupsAgain() throws Exception {
        try (Practice p = Practice.open(practiceFile, TestClock.FIXED)) {
            assertThatThrownBy(() -> p.backups().setPassphrase(Optional.of("1234567")))
                    .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo("backup.passphraseShort"));
            p.backups().setPassphrase(Optional.empty());

            Path plain = p.backups().backUp(dir.resolve("plain"), (pages, of) -> { }).file();

            assertThat(plain.getFileName().toString()).endsWith(".db");
            assertThat(BackupCipher.isEncrypted(plain)).isFalse();
            assertThat(restore.preview(plain).clients()).isEqualTo(2);
        }
    }
}
