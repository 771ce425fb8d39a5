package org.kabinet.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.kabinet.storage.BackupCipher;
import org.kabinet.storage.BackupFiles;
import org.kabinet.storage.Database;
import org.kabinet.storage.OwnerOnlyFiles;
import org.kabinet.storage.StorageException;
import org.kabinet.storage.Transaction;

/**
 * Backups of the open practice: a consistent copy made with SQLite's own backup, checked before it
 * is reported as done, named after the practice file with the date and time and the practice's
 * id ({@link BackupRotation}). Call from a background thread.
 */
public final class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    /** Where automatic backups go until she chooses a folder: beside the practice file. */
    public static final String DEFAULT_FOLDER = "kabinet-backups";
    /** Days without a good backup after which Kabinet says so. */
    public static final int WARN_AFTER_DAYS = 7;
    /** The shortest passphrase for encrypted backups: a few words, not a PIN. */
    public static final int MIN_PASSPHRASE = 8;

    private final Database db;
    private final Clock clock;

    public BackupService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The folder automatic backups go to: hers, or "kabinet-backups" beside the practice file. */
    public Path folder() {
        return db.read(tx -> tx.meta().backupFolder()).map(Path::of)
                .orElseGet(() -> db.file().toAbsolutePath().getParent().resolve(DEFAULT_FOLDER));
    }

    /** Chooses the folder automatic backups go to. */
    public void chooseFolder(Path folder) {
        db.write(tx -> {
            writeFolder(tx, folder);
            return null;
        });
    }

    /** Automatic backups go to the default folder again, beside the practice file. */
    public void useDefaultFolder() {
        db.write(tx -> {
            writeFolder(tx, null);
            return null;
        });
    }

    /** Chooses the backup folder within {@code tx}; null is the default folder. */
    static void writeFolder(Transaction tx, Path folder) {
        if (folder == null) {
            tx.meta().removeBackupFolder();
        } else {
            tx.meta().putBackupFolder(folder.toAbsolutePath().toString());
        }
    }

    /** The folder automatic backups go to when she has chosen none. */
    public Path defaultFolder() {
        return db.file().toAbsolutePath().getParent().resolve(DEFAULT_FOLDER);
    }

    /** Whether backups are encrypted: she set a passphrase for them. */
    public boolean encrypted() {
        return db.read(tx -> tx.meta().backupPassphrase()).isPresent();
    }

    /**
     * Sets the passphrase backups are encrypted with from now on (earlier backups stay as they
     * were made), or, empty, makes them plain again.
     *
     * @throws RuleException {@code backup.passphraseShort} under {@link #MIN_PASSPHRASE} characters
     */
    public void setPassphrase(Optional<String> passphrase) {
        passphrase.ifPresent(BackupService::requireLongEnough);
        db.write(tx -> {
            writePassphrase(tx, passphrase);
            return null;
        });
    }

    /** Sets the backups' passphrase within {@code tx} (empty: plain backups); check its length first. */
    static void writePassphrase(Transaction tx, Optional<String> passphrase) {
        tx.meta().putBackupPassphrase(passphrase);
    }

    /** @throws RuleException {@code backup.passphraseShort} under {@link #MIN_PASSPHRASE} characters */
    static void requireLongEnough(String passphrase) {
        if (passphrase.codePointCount(0, passphrase.length()) < MIN_PASSPHRASE) {
            throw new RuleException("backup.passphraseShort", MIN_PASSPHRASE);
        }
    }

    /** When the last backup that passed its check was made (empty: never). */
    public Optional<Instant> lastGood() {
        return db.read(tx -> tx.meta().lastBackup());
    }

    /** This computer's backup folder and passphrase and app lock settings, for {@link #restoredFromABackup}. */
    public Map<String, String> protectionSettings() {
        return db.read(tx -> tx.meta().protectionSettings());
    }

    /**
     * Records that the file was just restored from a checked backup: a good backup of what it
     * holds exists as of now, and the protection settings it had before the restore
     * ({@code before}, from {@link #protectionSettings()}) stay, in one transaction.
     */
    public void restoredFromABackup(Map<String, String> before) {
        db.write(tx -> {
            tx.meta().replaceProtectionSettings(before);
            tx.meta().putLastBackup(clock.instant());
            return null;
        });
    }

    /** Whether a day has passed since the last good backup (or there never was one). */
    public boolean dueDaily() {
        return lastGood().map(at -> !at.plus(Duration.ofDays(1)).isAfter(clock.instant())).orElse(true);
    }

    /** Whether no backup has succeeded for {@link #WARN_AFTER_DAYS} days: she should be told. */
    public boolean overdue() {
        return lastGood().map(at -> !at.plus(Duration.ofDays(WARN_AFTER_DAYS)).isAfter(clock.instant())).orElse(true);
    }

    /**
     * An automatic backup (on closing, and once a day while Kabinet runs) into {@link #folder()},
     * then rotation: only after this one passed its check are older ones let go (see
     * {@link BackupRotation}). A failure is logged and reported as empty, never thrown: closing
     * Kabinet must not hang on a missing USB stick.
     */
    public Optional<BackupFiles.Written> backUpAutomatically() {
        try {
            return Optional.of(backUp(folder(), (pages, of) -> { }));
        } catch (StorageException e) {
            LOG.log(Level.WARNING, "automatic backup failed: " + e.messageKey(), e);
            return Optional.empty();
        }
    }

    /**
     * Backs the practice up into {@code folder} (made if missing, readable by her only).
     *
     * @throws StorageException {@code storage.backupFailed} (the folder cannot be written: a full
     *     disk, a stick pulled out) or {@code storage.backupDamaged}; nothing is left half-written
     */
    public BackupFiles.Written backUp(Path folder, Database.BackupProgress progress) {
        return backUp(folder, db.read(tx -> tx.meta().backupPassphrase()), progress);
    }

    /**
     * {@link #backUp(Path, Database.BackupProgress)} encrypted with {@code passphrase}, whatever the
     * setting (the {@code backup --passphrase-file} command).
     */
    public BackupFiles.Written backUpEncrypted(Path folder, String passphrase, Database.BackupProgress progress) {
        requireLongEnough(passphrase);
        return backUp(folder, Optional.of(passphrase), progress);
    }

    private BackupFiles.Written backUp(Path folder, Optional<String> passphrase, Database.BackupProgress progress) {
        try {
            OwnerOnlyFiles.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("storage.backupFailed", "cannot make the backup folder", e);
        }
        String prefix = BackupRotation.prefixFor(db.file());
        String id = practiceId();
        String name = BackupRotation.nameAt(prefix, LocalDateTime.now(clock), id);
        long started = System.nanoTime();
        BackupFiles.Written written = passphrase.isPresent()
                ? BackupFiles.writeEncrypted(db, folder.resolve(name + BackupCipher.SUFFIX), progress, passphrase.get())
                : BackupFiles.write(db, folder.resolve(name), progress);
        db.write(tx -> {
            tx.meta().putLastBackup(clock.instant());
            return null;
        });
        LOG.info(() -> (passphrase.isPresent() ? "encrypted " : "") + "backup written and checked (" + written.bytes() + " bytes, "
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        rotate(folder, prefix, id, written.file());
        return written;
    }

    /**
     * The id this practice's backups carry, given on first need (or when the stored one is not
     * one Kabinet makes) in its own transaction before the copy, so that the backup carries it too
     * and a restored backup keeps naming its backups as before.
     */
    String practiceId() {
        return db.write(tx -> {
            Optional<String> stored = tx.meta().practiceId().filter(BackupRotation::isId);
            if (stored.isPresent()) {
                return stored.get();
            }
            String id = BackupRotation.newId();
            tx.meta().putPracticeId(id);
            LOG.info(() -> "practice id given for backup names: " + id);
            return id;
        });
    }

    /**
     * Lets go of this practice's backups rotation no longer keeps, never the one just written (a
     * plain and an encrypted backup in the same second weigh the same); a file that cannot be
     * deleted stays, and another practice's backups in the same folder are left alone.
     */
    private static void rotate(Path folder, String prefix, String id, Path written) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the backup folder for rotation", e);
            return;
        }
        for (Path old : BackupRotation.toDelete(prefix, id, files)) {
            if (old.getFileName().equals(written.getFileName())) {
                continue;
            }
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot delete an old backup", e);
            }
        }
    }
}
