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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The file work of a restore: a safety copy of the practice file as it is, then the practice
 * file replaced by a backup in one atomic step. The practice file must not be open.
 */
public final class RestoreFiles {

    private static final Logger LOG = Logger.getLogger(RestoreFiles.class.getName());
    private static final String PART = ".restore-part";
    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    private RestoreFiles() {
    }

    /**
     * Copies the practice file into {@code copy} (a new name beside it). A healthy practice file
     * is copied with SQLite's backup (a consistent copy including its write-ahead log); a file
     * Kabinet cannot open (damaged, foreign, from a newer Kabinet) is copied byte for byte, with
     * its write-ahead log beside the copy.
     *
     * @throws DatabaseOpenException {@link OpenProblem#LOCKED} while another Kabinet has it open,
     *     {@link OpenProblem#NO_ACCESS} when it cannot be read; nothing has been written then
     */
    public static void safetyCopy(Path practice, Path copy, DatabaseOpener opener) throws DatabaseOpenException {
        Database db;
        try {
            db = opener.openExisting(practice);
        } catch (DatabaseOpenException e) {
            if (e.problem() == OpenProblem.LOCKED || e.problem() == OpenProblem.NO_ACCESS
                    || e.problem() == OpenProblem.MISSING) {
                throw e;
            }
            plainCopy(practice, copy);
            return;
        }
        try (db) {
            OwnerOnlyFiles.createFile(copy);
            db.backupTo(copy, (pages, of) -> { });
            force(copy);
        } catch (IOException e) {
            throw new StorageException("restore.copyFailed", "cannot write the safety copy", e);
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private static void plainCopy(Path practice, Path copy) {
        try {
            copyBytes(practice, copy);
            Path wal = practice.resolveSibling(practice.getFileName() + "-wal");
            if (Files.exists(wal)) {
                copyBytes(wal, copy.resolveSibling(copy.getFileName() + "-wal"));
            }
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new StorageException("restore.copyFailed", "cannot write the safety copy", e);
        }
    }

    /**
     * Replaces {@code practice} with a copy of {@code backup}: written under a temporary name in
     * the same folder, flushed, the old file's write-ahead log and journal removed, then moved over
     * it atomically; readable by the owner only. Until the move the practice file is untouched.
     */
    public static void replace(Path backup, Path practice) {
        Path part = practice.resolveSibling(practice.getFileName() + PART);
        try {
            Files.deleteIfExists(part);
            copyBytes(backup, part);
            for (String side : SIDE_FILES) {
                Files.deleteIfExists(practice.resolveSibling(practice.getFileName() + side));
            }
            try {
                Files.move(part, practice, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, practice, StandardCopyOption.REPLACE_EXISTING);
            }
            OwnerOnlyFiles.restrict(practice);
            forceFolder(practice);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StorageException("restore.replaceFailed", "cannot replace the practice file", e);
        }
    }

    /**
     * Opens the encrypted backup {@code sealed} into {@code plain}, a new owner-only file (which
     * the caller deletes). On a refusal nothing is left at {@code plain}.
     *
     * @throws StorageException {@code restore.decryptFailed} when the file cannot be written
     */
    public static void decrypt(Path sealed, Path plain, String passphrase) throws BackupCipher.DecryptException {
        try {
            OwnerOnlyFiles.createFile(plain);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(sealed));
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(plain, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING))) {
                BackupCipher.decrypt(in, out, passphrase);
            }
        } catch (IOException e) {
            deleteQuietly(plain);
            throw new StorageException("restore.decryptFailed", "cannot write the opened backup", e);
        } catch (BackupCipher.DecryptException | RuntimeException e) {
            deleteQuietly(plain);
            throw e;
        }
    }

    /** Copies into a new owner-only file and flushes it to the disk. */
    private static void copyBytes(Path from, Path to) throws IOException {
        OwnerOnlyFiles.createFile(to);
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        }
        force(to);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the rename itself durable where the system allows syncing a folder. */
    private static void forceFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "the folder cannot be synced on this system", e);
        }
    }

    /** Deletes a file of ours; a failure is logged, never thrown (it is tidying up). */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove an unfinished restore file", e);
        }
    }
}
