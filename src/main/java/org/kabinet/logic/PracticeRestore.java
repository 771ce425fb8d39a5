package org.kabinet.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.kabinet.storage.DatabaseOpenException;

/**
 * Restoring the practice that is open in the window: the practice is closed (a restore needs the
 * file free), the backup restored over its file, and the file opened again — restored, or, when
 * the backup was refused or the restore failed, as it was. Call from a background thread, once
 * nothing else will use {@code open}.
 */
public final class PracticeRestore {

    private static final Logger LOG = Logger.getLogger(PracticeRestore.class.getName());

    private PracticeRestore() {
    }

    /**
     * The file open again, with what was restored, or why nothing was (the file is then as it
     * was): exactly one of {@code restored} and {@code failure} is present.
     */
    public record Outcome(Practice practice, Optional<RestoreService.Restored> restored,
            Optional<RuntimeException> failure) {
    }

    /**
     * Closes {@code open}, restores {@code backup} over its file and opens the file again.
     *
     * @throws DatabaseOpenException when the file cannot be opened again (another Kabinet took it)
     */
    public static Outcome closeRestoreReopen(Practice open, Path backup, Optional<String> passphrase, Clock clock)
            throws DatabaseOpenException {
        Path file = open.file();
        // Records come back from the backup; this computer's backup and lock settings stay.
        Map<String, String> protection = open.backups().protectionSettings();
        open.close();
        Optional<RestoreService.Restored> restored = Optional.empty();
        Optional<RuntimeException> failure = Optional.empty();
        try {
            restored = Optional.of(new RestoreService(clock).restore(backup, passphrase, file));
        } catch (RuntimeException e) {
            // RestoreService leaves the practice file as it was on every failure: open it again as it is.
            LOG.warning(() -> "restore failed: " + e.getClass().getSimpleName());
            failure = Optional.of(e);
        }
        Practice reopened = Practice.open(file, clock);
        if (restored.isPresent()) {
            // What is in the file now is exactly a checked backup; without this, the backup's own
            // older "last backup" would start a backup at once, and rotation would then let go of
            // today's earlier backups, the one just restored among them.
            reopened.backups().restoredFromABackup(protection);
        }
        return new Outcome(reopened, restored, failure);
    }
}
