package org.kabinet.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.kabinet.storage.BackupCipher;
import org.kabinet.storage.RestoreFiles;

/**
 * A backup ready to be read as a SQLite file: a plain backup as it is, or an encrypted one opened
 * into a temporary owner-only file that is deleted on {@link #close()}.
 */
final class OpenedBackup implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OpenedBackup.class.getName());

    private final Path file;
    private final boolean temporary;

    private OpenedBackup(Path file, boolean temporary) {
        this.file = file;
        this.temporary = temporary;
    }

    /**
     * Opens {@code backup}, decrypting it into {@code workFolder} if it is encrypted.
     *
     * @throws RuleException {@code restore.passphraseNeeded}, {@code restore.passphraseWrong},
     *     {@code restore.damaged} or {@code restore.notKabinet}, with the backup as argument
     */
    static OpenedBackup of(Path backup, Optional<String> passphrase, Path workFolder) {
        if (!BackupCipher.isEncrypted(backup)) {
            return new OpenedBackup(backup, false);
        }
        if (passphrase.isEmpty()) {
            throw new RuleException("restore.passphraseNeeded", backup);
        }
        Path plain;
        try {
            // A folder of its own (readable by her only), so no other program can claim the name first.
            plain = Files.createTempDirectory(workFolder, ".kabinet-restore-").resolve("backup.db");
        } catch (IOException e) {
            throw new RuleException("restore.decryptFailed", backup);
        }
        try {
            RestoreFiles.decrypt(backup, plain, passphrase.get());
        } catch (RuntimeException e) {
            RestoreFiles.deleteQuietly(plain.getParent());
            throw e;
        } catch (BackupCipher.DecryptException e) {
            RestoreFiles.deleteQuietly(plain.getParent());
            LOG.warning(() -> "encrypted backup refused: " + e.failure());
            throw new RuleException(switch (e.failure()) {
                case WRONG_PASSPHRASE -> "restore.passphraseWrong";
                case DAMAGED -> "restore.damaged";
                case NOT_ENCRYPTED_BACKUP -> "restore.notKabinet";
            }, backup);
        }
        return new OpenedBackup(plain, true);
    }

    /**
     * {@link #of(Path, Optional, Path)} into the system's temporary folder, for a look at a backup
     * (preview, verify) when there is no practice file to open it beside.
     */
    static OpenedBackup forReading(Path backup, Optional<String> passphrase) {
        return of(backup, passphrase, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The SQLite file to read. */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        if (temporary) {
            RestoreFiles.deleteQuietly(file);
            RestoreFiles.deleteQuietly(file.resolveSibling(file.getFileName() + "-journal"));
            RestoreFiles.deleteQuietly(file.getParent());
        }
    }
}
