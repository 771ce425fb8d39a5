package org.kabinet.storage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backups as files: written under a temporary name, made a standalone single file (no
 * write-ahead log beside it, so it can travel on a USB stick), checked with SQLite's full
 * integrity check and for being Kabinet's, and only then given their own name. A copy that fails
 * any check is deleted and never reported as a backup.
 */
public final class BackupFiles {

    private static final Logger LOG = Logger.getLogger(BackupFiles.class.getName());
    private static final String PART = ".part";

    private BackupFiles() {
    }

    /** What a finished backup holds. */
    public record Written(Path file, long bytes, Map<String, Long> counts) {
    }

    /**
     * Backs {@code db} up into {@code target} (a name in a folder that exists): copy, check,
     * then the final name.
     *
     * @throws StorageException {@code storage.backupFailed} or {@code storage.backupDamaged}, with
     *     nothing left under the name
     */
    public static Written write(Database db, Path target, Database.BackupProgress progress) {
        Path part = target.resolveSibling(target.getFileName() + PART);
        try {
            Files.deleteIfExists(part);
            OwnerOnlyFiles.createFile(part);
            db.backupTo(part, progress);
            Map<String, Long> counts = check(part);
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(part, target);
            OwnerOnlyFiles.restrict(target);
            return new Written(target, Files.size(target), counts);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StorageException("storage.backupFailed", "cannot write the backup", e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /**
     * Backs {@code db} up into {@code target} encrypted with {@code passphrase} (see
     * {@link BackupCipher}): a checked plain backup is made first beside the practice file (never
     * on the stick or the synced folder), sealed into the target folder, read back and
     * authenticated in full, and only then given its name. The plain copy is deleted whatever
     * happens.
     *
     * @throws StorageException as {@link #write}, with nothing left under the name
     */
    public static Written writeEncrypted(Database db, Path target, Database.BackupProgress progress, String passphrase) {
        Path plain = db.file().toAbsolutePath().resolveSibling(
                "." + db.file().getFileName() + ".backup-" + System.nanoTime() + ".tmp");
        Path part = target.resolveSibling(target.getFileName() + PART);
        try {
            Written checked = write(db, plain, progress);
            Files.deleteIfExists(part);
            OwnerOnlyFiles.createFile(part);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(plain));
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.WRITE))) {
                BackupCipher.encrypt(in, out, passphrase);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(part))) {
                BackupCipher.decrypt(in, OutputStream.nullOutputStream(), passphrase);
            } catch (BackupCipher.DecryptException e) {
                throw new StorageException("storage.backupDamaged", "the sealed copy does not open: " + e.failure(), e);
            }
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(part, target);
            OwnerOnlyFiles.restrict(target);
            return new Written(target, Files.size(target), checked.counts());
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StorageException("storage.backupFailed", "cannot write the encrypted backup", e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        } finally {
            deleteQuietly(plain);
        }
    }

    /**
     * Makes the copy a rollback-journal file of its own and checks it: SQLite's full integrity
     * check, Kabinet's application id; returns its record counts.
     */
    private static Map<String, Long> check(Path copy) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
            }
            String integrity = DatabaseOpener.queryString(c, "PRAGMA integrity_check");
            int applicationId = DatabaseOpener.queryInt(c, "PRAGMA application_id");
            if (!"ok".equals(integrity) || applicationId != Migrations.APPLICATION_ID) {
                throw new StorageException("storage.backupDamaged", "the copy failed its check: " + integrity, null);
            }
            return new RecordCounts(c).all();
        } catch (SQLException e) {
            throw new StorageException("storage.backupDamaged", "the copy cannot be checked", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove an unfinished backup", e);
        }
    }
}
