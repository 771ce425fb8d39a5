package org.kabinet.logic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What Settings' Save changes of the backups and the app lock: the backup folder ({@code null}: the
 * default one) when {@code folderChanged}; the backups' passphrase (empty: plain backups) when
 * {@code encryptionChanged}; the lock on or off, the passphrase she typed as the current one (needed
 * to turn it off or change it), a new passphrase if she typed one, and the idle time.
 */
public record ProtectionChanges(Path folder, boolean folderChanged, Optional<String> backupPassphrase,
        boolean encryptionChanged, boolean lockOn, String lockCurrent, Optional<String> lockPassphrase,
        Duration idle) {

    public ProtectionChanges {
        backupPassphrase = backupPassphrase == null ? Optional.empty() : backupPassphrase;
        lockPassphrase = lockPassphrase == null ? Optional.empty() : lockPassphrase;
        idle = idle == null ? AppLockService.DEFAULT_IDLE : idle;
    }
}
