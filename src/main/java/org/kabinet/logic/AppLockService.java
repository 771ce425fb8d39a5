package org.kabinet.logic;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.kabinet.storage.Database;
import org.kabinet.storage.Pbkdf2;
import org.kabinet.storage.Transaction;

/**
 * The app lock: a passphrase to open Kabinet and the idle time after which it locks itself. Only a
 * slow salted hash of the passphrase is kept (PBKDF2 with HMAC-SHA-256, a random salt, and the
 * iteration count stored beside it so that a later, slower count still opens older hashes).
 * Checking is slow on purpose: call from a background thread.
 */
public final class AppLockService {

    private static final Logger LOG = Logger.getLogger(AppLockService.class.getName());
    /**
     * The shortest lock passphrase. The lock keeps eyes off the screen while she steps out; the
     * practice file itself stays readable on the disk, so a long passphrase she has to type many
     * times a day would protect little more than four characters do.
     */
    public static final int MIN_PASSPHRASE = 4;
    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 240;
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);
    /** About a quarter of a second on a modest laptop once warm (measured: 0.27 s on two cores). */
    static final int ITERATIONS = Pbkdf2.ITERATIONS;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** Wrong tries that cost nothing; after them each one waits longer, up to {@link #LONGEST_WAIT}. */
    private static final int FREE_TRIES = 5;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final Database db;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    /** Read when the file opens, so the window knows at once whether to show the lock (no read on the FX thread). */
    private volatile boolean enabled;

    public AppLockService(Database db) {
        this(db, ITERATIONS);
    }

    /** With another iteration count: for tests, which would otherwise spend seconds hashing. */
    AppLockService(Database db, int iterations) {
        this.db = db;
        this.iterations = iterations;
        this.enabled = db.read(tx -> tx.meta().lockHash()).isPresent();
    }

    /** Whether Kabinet asks for the passphrase at start and after the idle time. */
    public boolean enabled() {
        return enabled;
    }

    /** The time without input after which Kabinet locks ({@link #DEFAULT_IDLE} until she chooses). */
    public Duration idleTimeout() {
        return db.read(tx -> tx.meta().lockIdleMinutes())
                .filter(m -> m >= MIN_IDLE_MINUTES && m <= MAX_IDLE_MINUTES)
                .map(Duration::ofMinutes).orElse(DEFAULT_IDLE);
    }

    /**
     * Turns the lock on with {@code passphrase} and {@code idle}.
     *
     * @throws RuleException {@code lock.passphraseShort} or {@code lock.idleRange}; nothing is written
     */
    public void enable(String passphrase, Duration idle) {
        checkLength(passphrase);
        int minutes = minutes(idle);
        String hash = hash(passphrase);
        db.write(tx -> {
            tx.meta().putLockHash(Optional.of(hash));
            tx.meta().putLockIdleMinutes(minutes);
            return null;
        });
        enabled = true;
        LOG.info("app lock turned on");
    }

    /**
     * Puts {@code next} in place of the passphrase; false (and nothing changed) when {@code current}
     * is not the passphrase.
     *
     * @throws RuleException {@code lock.passphraseShort} for a too short {@code next}
     */
    public boolean change(String current, String next) {
        checkLength(next);
        if (!unlocks(current)) {
            return false;
        }
        String hash = hash(next);
        db.write(tx -> {
            tx.meta().putLockHash(Optional.of(hash));
            return null;
        });
        LOG.info("app lock passphrase changed");
        return true;
    }

    /**
     * Chooses the idle time, whether or not the lock is on.
     *
     * @throws RuleException {@code lock.idleRange} outside 1–240 minutes
     */
    public void setIdleTimeout(Duration idle) {
        int minutes = minutes(idle);
        db.write(tx -> {
            tx.meta().putLockIdleMinutes(minutes);
            return null;
        });
    }

    /** Turns the lock off; false (and the lock stays on) when {@code current} is not the passphrase. */
    public boolean disable(String current) {
        if (!unlocks(current)) {
            return false;
        }
        db.write(tx -> {
            tx.meta().putLockHash(Optional.empty());
            return null;
        });
        enabled = false;
        LOG.info("app lock turned off");
        return true;
    }

    /** Whether {@code attempt} is the passphrase. A wrong one, or no lock at all, is false, never an exception. */
    public boolean unlocks(String attempt) {
        return matches(db.read(tx -> tx.meta().lockHash()), attempt);
    }

    /**
     * The lock as Settings' Save asks for it, checked and hashed ahead of its transaction (the
     * hashing is the slow part): on or off, the passphrase she typed as the current one, the new
     * passphrase's hash if she typed one, the idle minutes.
     */
    record Update(boolean on, String current, Optional<String> newHash, int idleMinutes) {
    }

    /**
     * Checks and hashes what Save asks of the lock; call before the transaction.
     *
     * @throws RuleException {@code lock.passphraseShort} (also when the lock is to go on without a
     *     new passphrase) or {@code lock.idleRange}
     */
    Update prepare(boolean on, String current, Optional<String> next, Duration idle) {
        next.ifPresent(AppLockService::checkLength);
        int minutes = minutes(idle);
        return new Update(on, current, next.map(this::hash), minutes);
    }

    /**
     * Writes {@code update} in {@code tx}, the first thing it writes: false, with nothing written,
     * when turning the lock off or changing its passphrase needs the current one and
     * {@code update}'s is wrong. {@link #committed} follows once the transaction is committed.
     */
    boolean write(Transaction tx, Update update) {
        Optional<String> stored = tx.meta().lockHash();
        if (update.on() && stored.isEmpty()) {
            tx.meta().putLockHash(Optional.of(update.newHash()
                    .orElseThrow(() -> new RuleException("lock.passphraseShort", MIN_PASSPHRASE))));
        } else if (!update.on() && stored.isPresent()) {
            if (!matches(stored, update.current())) {
                return false;
            }
            tx.meta().putLockHash(Optional.empty());
        } else if (update.on() && update.newHash().isPresent()) {
            if (!matches(stored, update.current())) {
                return false;
            }
            tx.meta().putLockHash(update.newHash());
        }
        if (update.on() && !tx.meta().lockIdleMinutes().equals(Optional.of(update.idleMinutes()))) {
            tx.meta().putLockIdleMinutes(update.idleMinutes());
        }
        return true;
    }

    /** {@code update} was committed: the window now locks, or no longer does, as it says. */
    void committed(Update update) {
        enabled = update.on();
        LOG.info(() -> "app lock settings saved (lock " + (update.on() ? "on" : "off") + ")");
    }

    private static boolean matches(Optional<String> stored, String attempt) {
        if (stored.isEmpty() || attempt == null) {
            return false;
        }
        String[] parts = stored.get().split("\\$");
        try {
            if (parts.length != 4 || !parts[0].equals(SCHEME)) {
                LOG.warning("the stored lock hash is in a form this Kabinet does not know");
                return false;
            }
            int count = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(Pbkdf2.derive(attempt, salt, count, expected.length * 8), expected);
        } catch (IllegalArgumentException e) {
            LOG.warning("the stored lock hash cannot be read");
            return false;
        }
    }

    /** How long the lock screen waits before the next try after {@code wrongTries} wrong ones in a row. */
    public static Duration waitAfter(int wrongTries) {
        if (wrongTries < FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(wrongTries - FREE_TRIES, 5);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static void checkLength(String passphrase) {
        if (passphrase == null || passphrase.codePointCount(0, passphrase.length()) < MIN_PASSPHRASE) {
            throw new RuleException("lock.passphraseShort", MIN_PASSPHRASE);
        }
    }

    private static int minutes(Duration idle) {
        long minutes = idle.toMinutes();
        if (minutes < MIN_IDLE_MINUTES || minutes > MAX_IDLE_MINUTES) {
            throw new RuleException("lock.idleRange", MIN_IDLE_MINUTES, MAX_IDLE_MINUTES);
        }
        return (int) minutes;
    }

    private String hash(String passphrase) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = Pbkdf2.derive(passphrase, salt, iterations, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
