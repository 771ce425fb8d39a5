package org.kabinet.ui.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.AppLockService;
import org.kabinet.logic.BackupService;
import org.kabinet.logic.ProtectionChanges;

/**
 * The backups-and-lock settings as edited: the backup folder, the backups' passphrase, the app
 * lock. Each problem is said beside its field in her words; {@link #check()} runs on the FX thread,
 * and what it gives is written with the rest of the settings in one transaction
 * ({@link org.kabinet.logic.SettingsSave}).
 */
final class SecuritySettingsViewModel {

    /** The settings as they are in the file. */
    record Current(Path folder, Path defaultFolder, Optional<Instant> lastGood, boolean encrypted, boolean lockOn,
            Duration idle) {
    }

    private final BackupService backups;
    private final AppLockService lock;
    private final Messages messages;
    private Current current;

    final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    final BooleanProperty folderIsDefault = new SimpleBooleanProperty(true);
    final ObjectProperty<Optional<Instant>> lastGood = new SimpleObjectProperty<>(Optional.empty());
    final BooleanProperty encrypt = new SimpleBooleanProperty();
    final StringProperty backupPassphrase = new SimpleStringProperty("");
    final StringProperty backupRepeat = new SimpleStringProperty("");
    final StringProperty backupError = new SimpleStringProperty("");
    final BooleanProperty lockOn = new SimpleBooleanProperty();
    final StringProperty lockCurrent = new SimpleStringProperty("");
    final StringProperty lockPassphrase = new SimpleStringProperty("");
    final StringProperty lockRepeat = new SimpleStringProperty("");
    final StringProperty idleMinutes = new SimpleStringProperty("15");
    final StringProperty lockError = new SimpleStringProperty("");
    final StringProperty lockCurrentError = new SimpleStringProperty("");
    final StringProperty idleError = new SimpleStringProperty("");

    SecuritySettingsViewModel(BackupService backups, AppLockService lock, Messages messages) {
        this.backups = backups;
        this.lock = lock;
        this.messages = messages;
        // A problem is forgotten as soon as she changes what it was about.
        backupPassphrase.addListener((o, a, b) -> backupError.set(""));
        backupRepeat.addListener((o, a, b) -> backupError.set(""));
        encrypt.addListener((o, a, b) -> backupError.set(""));
        lockPassphrase.addListener((o, a, b) -> lockError.set(""));
        lockRepeat.addListener((o, a, b) -> lockError.set(""));
        lockOn.addListener((o, a, b) -> {
            lockError.set("");
            lockCurrentError.set("");
        });
        lockCurrent.addListener((o, a, b) -> lockCurrentError.set(""));
        idleMinutes.addListener((o, a, b) -> idleError.set(""));
    }

    /** Reads the settings as they are in the file; runs in the background. */
    Current read() {
        return new Current(backups.folder(), backups.defaultFolder(), backups.lastGood(), backups.encrypted(),
                lock.enabled(), lock.idleTimeout());
    }

    /** Shows the settings {@link #read()} gave, on the FX thread. */
    void show(Current read) {
        current = read;
        folder.set(read.folder());
        folderIsDefault.set(read.folder().equals(read.defaultFolder()));
        lastGood.set(read.lastGood());
        encrypt.set(read.encrypted());
        lockOn.set(read.lockOn());
        idleMinutes.set(Long.toString(read.idle().toMinutes()));
    }

    /** Whether the lock was already on when the dialog opened: then its passphrase is asked to change it. */
    boolean lockWasOn() {
        return current != null && current.lockOn();
    }

    /** Whether backups were already encrypted: then empty passphrase fields keep the passphrase. */
    boolean wasEncrypted() {
        return current != null && current.encrypted();
    }

    void chooseFolder(Path chosen) {
        folder.set(chosen);
        folderIsDefault.set(chosen.equals(current.defaultFolder()));
    }

    void useDefaultFolder() {
        chooseFolder(current.defaultFolder());
    }

    /**
     * Checks every field on the FX thread: the changes to write, or empty with each problem said
     * beside its field.
     */
    Optional<ProtectionChanges> check() {
        Optional<String> newBackupPassphrase = checkBackupPassphrase();
        Optional<String> newLockPassphrase = checkLockPassphrase();
        Optional<Duration> idle = checkIdle();
        if (!backupError.get().isEmpty() || !lockError.get().isEmpty() || !lockCurrentError.get().isEmpty()
                || !idleError.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProtectionChanges(folderIsDefault.get() ? null : folder.get(),
                !folder.get().equals(current.folder()),
                encrypt.get() ? newBackupPassphrase : Optional.empty(),
                encrypt.get() != current.encrypted() || newBackupPassphrase.isPresent(),
                lockOn.get(), lockCurrent.get(), newLockPassphrase, idle.orElse(current.idle())));
    }

    /** The current lock passphrase she typed was wrong, and nothing was written: she is told beside it. */
    void refused() {
        // Cleared first: clearing the field forgets its problem.
        lockCurrent.set("");
        lockCurrentError.set(messages.get("security.lock.currentWrong"));
    }

    /** The new passphrase for backups (empty: none, or keep the one they have); a problem goes to {@link #backupError}. */
    private Optional<String> checkBackupPassphrase() {
        backupError.set("");
        if (!encrypt.get()) {
            return Optional.empty();
        }
        String first = backupPassphrase.get();
        String second = backupRepeat.get();
        if (first.isEmpty() && second.isEmpty()) {
            if (!current.encrypted()) {
                backupError.set(messages.get("security.backup.passphraseMissing"));
            }
            return Optional.empty();
        }
        backupError.set(pairProblem(first, second, BackupService.MIN_PASSPHRASE, "backup.passphraseShort"));
        return Optional.of(first);
    }

    /** The new lock passphrase (empty: none typed); problems go to {@link #lockError} and {@link #lockCurrentError}. */
    private Optional<String> checkLockPassphrase() {
        lockError.set("");
        lockCurrentError.set("");
        boolean wasOn = current.lockOn();
        if (!lockOn.get()) {
            if (wasOn && lockCurrent.get().isEmpty()) {
                lockCurrentError.set(messages.get("security.lock.currentToTurnOff"));
            }
            return Optional.empty();
        }
        String first = lockPassphrase.get();
        String second = lockRepeat.get();
        if (first.isEmpty() && second.isEmpty()) {
            if (!wasOn) {
                lockError.set(messages.get("security.lock.passphraseMissing"));
            }
            return Optional.empty();
        }
        lockError.set(pairProblem(first, second, AppLockService.MIN_PASSPHRASE, "lock.passphraseShort"));
        if (wasOn && lockCurrent.get().isEmpty()) {
            lockCurrentError.set(messages.get("security.lock.currentToChange"));
        }
        return Optional.of(first);
    }

    private String pairProblem(String first, String second, int min, String shortKey) {
        if (!first.equals(second)) {
            return messages.get("security.passphrase.mismatch");
        }
        if (first.codePointCount(0, first.length()) < min) {
            return messages.get(shortKey, min);
        }
        return "";
    }

    private Optional<Duration> checkIdle() {
        idleError.set("");
        if (!lockOn.get()) {
            return Optional.empty();
        }
        try {
            int minutes = Integer.parseInt(idleMinutes.get().strip());
            if (minutes >= AppLockService.MIN_IDLE_MINUTES && minutes <= AppLockService.MAX_IDLE_MINUTES) {
                return Optional.of(Duration.ofMinutes(minutes));
            }
        } catch (NumberFormatException e) {
            // Said below, as for a number out of range.
        }
        idleError.set(messages.get("lock.idleRange", AppLockService.MIN_IDLE_MINUTES, AppLockService.MAX_IDLE_MINUTES));
        return Optional.empty();
    }
}
