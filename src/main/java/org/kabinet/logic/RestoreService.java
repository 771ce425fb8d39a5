package org.kabinet.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;
import org.kabinet.storage.BackupCipher;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;
import org.kabinet.storage.OpenProblem;
import org.kabinet.storage.RestoreFiles;
import org.kabinet.storage.StorageException;

/**
 * Restoring a backup over a practice file that is not open: the backup is checked fully and
 * shown first, the current file is copied aside, and only then replaced in one atomic step. A
 * backup that fails any check is refused and the practice file is left byte for byte as it was.
 * Call from a background thread.
 */
public final class RestoreService {

    private static final Logger LOG = Logger.getLogger(RestoreService.class.getName());
    private static final DateTimeFormatter COPY_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    public RestoreService(Clock clock) {
        this.clock = clock;
    }

    /** The restore done: what was restored, and where the practice file as it was is kept (none if there was none). */
    public record Restored(BackupPreview backup, Optional<Path> safetyCopy) {
    }

    /** Whether {@code backup} is encrypted, so that preview and restore need its passphrase. */
    public static boolean needsPassphrase(Path backup) {
        return BackupCipher.isEncrypted(backup);
    }

    /**
     * {@link #preview(Path)} of a backup that may be encrypted; an encrypted one is opened into a
     * temporary file (readable by her only, in the system's temporary folder) that is deleted
     * before this returns.
     *
     * @throws RuleException also {@code restore.passphraseNeeded} (encrypted, none given),
     *     {@code restore.passphraseWrong} and {@code restore.decryptFailed}
     */
    public BackupPreview preview(Path backup, Optional<String> passphrase) {
        try (OpenedBackup opened = OpenedBackup.forReading(backup, passphrase)) {
            return check(opened.file(), backup);
        }
    }

    /**
     * {@link #restore(Path, Path)} of a backup that may be encrypted; an encrypted one is opened
     * beside the practice file, and that opened copy is deleted afterwards.
     *
     * @throws RuleException also {@code restore.passphraseNeeded}, {@code restore.passphraseWrong}
     *     and {@code restore.decryptFailed}
     */
    public Restored restore(Path backup, Optional<String> passphrase, Path practiceFile) {
        refuseSameFile(backup, practiceFile);
        try (OpenedBackup opened = OpenedBackup.of(backup, passphrase, practiceFile.toAbsolutePath().getParent())) {
            return restoreChecked(opened.file(), backup, practiceFile);
        }
    }

    /**
     * What {@code backup} holds, after SQLite's full integrity check; changes nothing.
     *
     * @throws RuleException {@code restore.missing}, {@code restore.notKabinet},
     *     {@code restore.damaged}, {@code restore.tooNew}, {@code restore.backupInUse} or
     *     {@code restore.noAccess}, each with the backup's path as its argument
     */
    public BackupPreview preview(Path backup) {
        return preview(backup, Optional.empty());
    }

    /** Checks {@code readable} (the backup, or its opened copy) and describes it as {@code backup}. */
    private BackupPreview check(Path readable, Path backup) {
        FileCheck check;
        try {
            check = FileCheck.of(readable, clock);
        } catch (DatabaseOpenException e) {
            throw new RuleException(backupProblemKey(e.problem()), backup);
        }
        if (!check.sound()) {
            LOG.warning(() -> "backup refused: " + check.problems().size() + " integrity problem(s)");
            throw new RuleException("restore.damaged", backup);
        }
        return new BackupPreview(backup, madeAt(backup), check.schemaVersion(),
                check.counts().getOrDefault("clients", 0L), check.counts().getOrDefault("sessions", 0L),
                check.counts().getOrDefault("notes", 0L), check.demo());
    }

    /**
     * Replaces {@code practiceFile} (which must not be open) with {@code backup}, after checking
     * the backup fully and copying the practice file aside as
     * {@code NAME.before-restore-YYYYMMDD-HHMMSS}.
     *
     * @throws RuleException the backup's refusals of {@link #preview}, {@code restore.demoBackup}
     *     (a copy of the demo practice), {@code restore.sameFile},
     *     {@code restore.practiceOpen} (another Kabinet has it open) or
     *     {@code restore.practiceNoAccess}; the practice file is as it was
     * @throws StorageException {@code restore.copyFailed} or {@code restore.replaceFailed}
     */
    public Restored restore(Path backup, Path practiceFile) {
        return restore(backup, Optional.empty(), practiceFile);
    }

    private static void refuseSameFile(Path backup, Path practiceFile) {
        if (Files.exists(practiceFile) && Files.exists(backup)) {
            try {
                if (Files.isSameFile(backup, practiceFile)) {
                    throw new RuleException("restore.sameFile", backup);
                }
            } catch (IOException e) {
                throw new RuleException("restore.noAccess", backup);
            }
        }
    }

    /** Restores {@code readable} (the backup, or its opened copy) as the backup {@code backup}. */
    private Restored restoreChecked(Path readable, Path backup, Path practiceFile) {
        BackupPreview preview = check(readable, backup);
        if (preview.demo()) {
            // Made-up clients over her real ones, and her file would then count as a demo.
            throw new RuleException("restore.demoBackup", backup);
        }
        Optional<Path> safety = Optional.empty();
        if (Files.exists(practiceFile)) {
            Path copy = safetyCopyName(practiceFile);
            try {
                RestoreFiles.safetyCopy(practiceFile, copy, new DatabaseOpener(clock));
            } catch (DatabaseOpenException e) {
                throw new RuleException(e.problem() == OpenProblem.LOCKED
                        ? "restore.practiceOpen" : "restore.practiceNoAccess", practiceFile);
            }
            safety = Optional.of(copy);
        }
        RestoreFiles.replace(readable, practiceFile);
        LOG.info(() -> "backup restored (schema " + preview.schemaVersion() + ", " + preview.clients() + " clients)");
        return new Restored(preview, safety);
    }

    private Path safetyCopyName(Path practiceFile) {
        String base = practiceFile.getFileName() + ".before-restore-" + LocalDateTime.now(clock).format(COPY_STAMP);
        Path copy = practiceFile.resolveSibling(base);
        for (int i = 2; Files.exists(copy); i++) {
            copy = practiceFile.resolveSibling(base + "-" + i);
        }
        return copy;
    }

    private LocalDateTime madeAt(Path backup) {
        Optional<LocalDateTime> named = BackupRotation.madeAt(backup);
        if (named.isPresent()) {
            return named.get();
        }
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(backup).toInstant(), clock.getZone());
        } catch (IOException io) {
            throw new RuleException("restore.noAccess", backup);
        }
    }

    private static String backupProblemKey(OpenProblem problem) {
        return switch (problem) {
            case MISSING -> "restore.missing";
            case NOT_SQLITE, FOREIGN -> "restore.notKabinet";
            case DAMAGED -> "restore.damaged";
            case TOO_NEW -> "restore.tooNew";
            case LOCKED -> "restore.backupInUse";
            case NO_ACCESS -> "restore.noAccess";
        };
    }
}
