package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.PracticeSettings;
import org.kabinet.model.SheetSettings;
import org.kabinet.storage.Database;
import org.kabinet.storage.StorageException;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/** The Settings window's Save: the practice's settings, backups and lock, all written or none. */
class SettingsSaveTest {

    /** Few iterations: the scheme is the same, the tests are fast. */
    private static final int FAST = 1_000;

    @TempDir
    Path dir;

    private static PracticeSettings named(String name) {
        return new PracticeSettings(name, SheetSettings.DEFAULT, FollowUpSettings.DEFAULT);
    }

    /** The lock's passphrase changed from "old pass" to "new pass", a folder, encrypted backups. */
    private ProtectionChanges everythingChanged(String current) {
        return new ProtectionChanges(dir.resolve("stick"), true, Optional.of("backup words"), true,
                true, current, Optional.of("new pass"), Duration.ofMinutes(30));
    }

    /** A practice with the lock on ("old pass", 15 minutes), plain backups in the default folder, named "Old". */
    private static void setUp(Database db, AppLockService lock) {
        lock.enable("old pass", Duration.ofMinutes(15));
        new SettingsService(db).save(named("Old"));
    }

    private void assertNothingChanged(Database db, AppLockService lock) {
        BackupService backups = new BackupService(db, TestClock.FIXED);
        assertThat(lock.enabled()).isTrue();
        assertThat(lock.unlocks("old pass")).isTrue();
        assertThat(lock.unlocks("new pass")).isFalse();
        assertThat(lock.idleTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(backups.folder()).isEqualTo(backups.defaultFolder());
        assertThat(backups.encrypted()).isFalse();
        assertThat(new SettingsService(db).practiceName()).isEqualTo("Old");
    }

    @Test
    void save_everythingChanged_allWrittenTogether() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            setUp(db, lock);

            assertThat(new SettingsSave(db, lock).save(named("New"), everythingChanged("old pass"))).isTrue();

            BackupService backups = new BackupService(db, TestClock.FIXED);
            assertThat(lock.unlocks("new pass")).isTrue();
            assertThat(lock.unlocks("old pass")).isFalse();
            assertThat(lock.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
            assertThat(backups.folder()).isEqualTo(dir.resolve("stick").toAbsolutePath());
            assertThat(backups.encrypted()).isTrue();
            assertThat(new SettingsService(db).practiceName()).isEqualTo("New");
        }
    }

    @Test
    void save_lastWriteFails_writesNothing_andARetryWithTheSameCurrentPassphraseWorks() throws Exception {
        try (Database db = TestDatabases.fresh(dir)) {
            setUp(db, new AppLockService(db, FAST));
        }
        // The follow-up rules are the very last thing Save writes: the file refuses them, as a full disk would.
        sql("CREATE TRIGGER refuse_rules BEFORE UPDATE ON practice_meta WHEN NEW.key LIKE 'followUp.%' "
                + "BEGIN SELECT RAISE(ABORT, 'disk full'); END",
                "CREATE TRIGGER refuse_new_rules BEFORE INSERT ON practice_meta WHEN NEW.key LIKE 'followUp.%' "
                        + "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);

            assertThatThrownBy(() -> new SettingsSave(db, lock).save(named("New"), everythingChanged("old pass")))
                    .isInstanceOf(StorageException.class);

            assertNothingChanged(db, lock);
        }
        sql("DROP TRIGGER refuse_rules", "DROP TRIGGER refuse_new_rules");
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            assertThat(new SettingsSave(db, lock).save(named("New"), everythingChanged("old pass"))).isTrue();
            assertThat(lock.unlocks("new pass")).isTrue();
            assertThat(new SettingsService(db).practiceName()).isEqualTo("New");
        }
    }

    /** Runs {@code statements} on the closed practice file, beside Kabinet. */
    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kabinet.db"));
                Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
    }

    @Test
    void save_wrongCurrentLockPassphrase_returnsFalseAndWritesNothing() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            setUp(db, lock);

            assertThat(new SettingsSave(db, lock).save(named("New"), everythingChanged("wrong pass"))).isFalse();

            assertNothingChanged(db, lock);
        }
    }

    @Test
    void save_turnLockOffWithAWrongPassphrase_lockStaysOnAndNothingIsWritten() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            setUp(db, lock);
            ProtectionChanges off = new ProtectionChanges(dir.resolve("stick"), true, Optional.empty(), false,
                    false, "wrong pass", Optional.empty(), Duration.ofMinutes(15));

            assertThat(new SettingsSave(db, lock).save(named("New"), off)).isFalse();

            assertNothingChanged(db, lock);
        }
    }

    @Test
    void save_turnLockOffWithItsPassphrase_lockIsOff() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            setUp(db, lock);
            ProtectionChanges off = new ProtectionChanges(null, false, Optional.empty(), false,
                    false, "old pass", Optional.empty(), Duration.ofMinutes(15));

            assertThat(new SettingsSave(db, lock).save(named("Old"), off)).isTrue();

            assertThat(lock.enabled()).isFalse();
            assertThat(new AppLockService(db, FAST).enabled()).isFalse();
        }
    }

    @Test
    void save_turnLockOnInANewFile_needsNoCurrentPassphrase() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            ProtectionChanges on = new ProtectionChanges(null, false, Optional.empty(), false,
                    true, "", Optional.of("four"), Duration.ofMinutes(5));

            assertThat(new SettingsSave(db, lock).save(named("Mine"), on)).isTrue();

            assertThat(lock.enabled()).isTrue();
            assertThat(lock.unlocks("four")).isTrue();
            assertThat(lock.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
        }
    }

    @Test
    void save_tooLongNameOrShortBackupPassphrase_throwsBeforeWritingAnything() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            setUp(db, lock);
            SettingsSave save = new SettingsSave(db, lock);

            assertThatThrownBy(() -> save.save(named("x".repeat(PracticeSettings.MAX_NAME + 1)),
                    everythingChanged("old pass"))).isInstanceOf(ValidationException.class);
            ProtectionChanges shortBackup = new ProtectionChanges(dir.resolve("stick"), true, Optional.of("short"), true,
                    true, "old pass", Optional.of("new pass"), Duration.ofMinutes(30));
            assertThatThrownBy(() -> save.save(named("New"), shortBackup)).isInstanceOf(RuleException.class);

            assertNothingChanged(db, lock);
        }
    }
}
