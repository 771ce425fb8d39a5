package org.kabinet.logic;

import java.util.logging.Logger;
import org.kabinet.model.PracticeSettings;
import org.kabinet.storage.Database;

/**
 * The Settings window's Save: the practice's settings, the backup folder and passphrase and the
 * app lock, written in one transaction, all of them or none. A failure half-way (a full disk, a
 * busy file) must not leave a new lock passphrase written and the rest not: her retry would then
 * be checked against a passphrase she does not know she set. Call from a background thread.
 */
public final class SettingsSave {

    private static final Logger LOG = Logger.getLogger(SettingsSave.class.getName());

    private final Database db;
    private final AppLockService lock;

    public SettingsSave(Database db, AppLockService lock) {
        this.db = db;
        this.lock = lock;
    }

    /**
     * Saves {@code practice} and {@code protection} together. Everything is checked, and a new lock
     * passphrase hashed (the slow part), before the transaction starts; within it the current lock
     * passphrase is checked first.
     *
     * @return false when the lock's current passphrase was wrong: then nothing is written
     * @throws ValidationException for a bad practice name, and {@link RuleException} for a too short
     *     passphrase or an idle time out of range, before anything is written
     * @throws org.kabinet.storage.StorageException when writing fails; nothing is written
     */
    public boolean save(PracticeSettings practice, ProtectionChanges protection) {
        SettingsService.check(practice);
        if (protection.encryptionChanged()) {
            protection.backupPassphrase().ifPresent(BackupService::requireLongEnough);
        }
        AppLockService.Update update = lock.prepare(protection.lockOn(), protection.lockCurrent(),
                protection.lockPassphrase(), protection.idle());
        boolean written = db.write(tx -> {
            // The lock goes first: a wrong current passphrase returns before anything is written.
            if (!lock.write(tx, update)) {
                return false;
            }
            if (protection.folderChanged()) {
                BackupService.writeFolder(tx, protection.folder());
            }
            if (protection.encryptionChanged()) {
                BackupService.writePassphrase(tx, protection.backupPassphrase());
            }
            SettingsService.write(tx, practice);
            return true;
        });
        if (written) {
            lock.committed(update);
            LOG.info("settings saved: practice, backups and lock");
        } else {
            LOG.info("settings not saved: the current lock passphrase was wrong");
        }
        return written;
    }
}
