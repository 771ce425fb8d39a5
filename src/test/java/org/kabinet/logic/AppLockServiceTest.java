package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpener;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/** The app lock's passphrase, kept as a slow salted hash, and its idle time. */
class AppLockServiceTest {

    /** Few iterations: the scheme is the same, the tests are fast. */
    private static final int FAST = 1_000;

    @TempDir
    Path dir;

    @Test
    void newFile_lockIsOff_withTheDefaultIdleTime() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            assertThat(lock.enabled()).isFalse();
            assertThat(lock.idleTimeout()).isEqualTo(Duration.ofMinutes(15));
            assertThat(lock.unlocks("anything")).isFalse();
        }
    }

    @Test
    void enable_storesASaltedHash_neverThePassphrase() throws Exception {
        try (Database db = TestDatabases.fresh(dir)) {
            new AppLockService(db, FAST).enable("кот в сапогах", Duration.ofMinutes(20));
            String stored = storedHash(db).orElseThrow();
            assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("кот");
            String[] parts = stored.split("\\$");
            assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
            assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(32);
        }
        byte[] file = Files.readAllBytes(dir.resolve("kabinet.db"));
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("кот в сапогах");
    }

    @Test
    void enable_samePassphraseTwice_givesDifferentSalts() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            lock.enable("secret", Duration.ofMinutes(15));
            String first = storedHash(db).orElseThrow();
            lock.enable("secret", Duration.ofMinutes(15));
            assertThat(storedHash(db).orElseThrow()).isNotEqualTo(first);
        }
    }

    @Test
    void unlocks_rightPassphrase_true_wrongOrEmpty_false() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            lock.enable("Ёжик в тумане", Duration.ofMinutes(15));
            assertThat(lock.unlocks("Ёжик в тумане")).isTrue();
            assertThat(lock.unlocks("ёжик в тумане")).isFalse();
            assertThat(lock.unlocks("")).isFalse();
            assertThat(lock.unlocks(null)).isFalse();
        }
    }

    @Test
    void enabled_isReadWhenTheFileOpensAgain_withTheIdleTime() {
        try (Database db = TestDatabases.fresh(dir)) {
            new AppLockService(db, FAST).enable("secret", Duration.ofMinutes(42));
        }
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            assertThat(lock.enabled()).isTrue();
            assertThat(lock.idleTimeout()).isEqualTo(Duration.ofMinutes(42));
            assertThat(lock.unlocks("secret")).isTrue();
        }
    }

    @Test
    void enable_tooShortOrIdleOutOfRange_isRefusedAndWritesNothing() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            assertThatThrownBy(() -> lock.enable("abc", Duration.ofMinutes(15)))
                    .isInstanceOfSatisfying(RuleException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("lock.passphraseShort");
                        assertThat(e.args()).containsExactly(4);
                    });
            assertThatThrownBy(() -> lock.enable("long enough", Duration.ofMinutes(241)))
                    .isInstanceOfSatisfying(RuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("lock.idleRange"));
            assertThatThrownBy(() -> lock.enable("long enough", Duration.ofSeconds(30)))
                    .isInstanceOf(RuleException.class);
            assertThat(lock.enabled()).isFalse();
            assertThat(storedHash(db)).isEmpty();
        }
    }

    @Test
    void disable_needsTheCurrentPassphrase() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            lock.enable("secret", Duration.ofMinutes(15));

            assertThat(lock.disable("wrong")).isFalse();
            assertThat(lock.enabled()).isTrue();
            assertThat(lock.unlocks("secret")).isTrue();

            assertThat(lock.disable("secret")).isTrue();
            assertThat(lock.enabled()).isFalse();
            assertThat(storedHash(db)).isEmpty();
        }
    }

    @Test
    void change_needsTheCurrentPassphrase_thenOnlyTheNewOneUnlocks() {
        try (Database db = TestDatabases.fresh(dir)) {
            AppLockService lock = new AppLockService(db, FAST);
            lock.enable("first one", Duration.ofMinutes(15));
            assertThat(lock.change("wrong", "second one")).isFalse();
            assertThat(lock.unlocks("first one")).isTrue();

            assertThat(lock.change("first one", "second one")).isTrue();
            assertThat(lock.unlocks("first one")).isFalse();
            assertThat(lock.unlocks("second one")).isTrue();
        }
    }

    @Test
    void unlocks_aHashWithAnotherIterationCount_usesTheStoredCount() {
        try (Database db = TestDatabases.fresh(dir)) {
            new AppLockService(db, FAST).enable("secret", Duration.ofMinutes(15));
            assertThat(new AppLockService(db, 2_000).unlocks("secret")).isTrue();
        }
    }

    @Test
    void practice_hashesWithTheFullIterationCount_andKnowsAtOpeningThatTheLockIsOn() throws Exception {
        Path file = dir.resolve("p.db");
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            practice.appLock().enable("secret", Duration.ofMinutes(15));
            assertThat(practice.appLock().unlocks("secret")).isTrue();
        }
        try (Database db = new DatabaseOpener(TestClock.FIXED).openOrCreate(file)) {
            assertThat(storedHash(db).orElseThrow()).startsWith("pbkdf2-sha256$600000$");
        }
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            assertThat(practice.appLock().enabled()).isTrue();
        }
    }

    @Test
    void waitAfter_fiveFreeTries_thenGrowing_upToHalfAMinute() {
        assertThat(AppLockService.waitAfter(4)).isZero();
        assertThat(AppLockService.waitAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(AppLockService.waitAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(AppLockService.waitAfter(8)).isEqualTo(Duration.ofSeconds(8));
        assertThat(AppLockService.waitAfter(10)).isEqualTo(Duration.ofSeconds(30));
        assertThat(AppLockService.waitAfter(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    private static java.util.Optional<String> storedHash(Database db) {
        return db.read(tx -> tx.meta().lockHash());
    }
}
