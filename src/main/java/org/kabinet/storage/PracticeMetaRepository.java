package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.RuleSetting;
import org.kabinet.model.SuggestionRule;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.SheetSettings;

/** Facts about the practice file itself, such as whether it is a demo. */
public final class PracticeMetaRepository {

    private static final String DEMO_KEY = "demo";
    private static final String PRACTICE_NAME_KEY = "practice.name";
    /**
     * The practice's own id, which its backups' names carry. Under "backup." so that it stays with
     * the file: a JSON export leaves it out and an import keeps the file's own (the imported
     * practice is another file); but it is no protection setting, so a restored backup brings its
     * id back with its records.
     */
    private static final String PRACTICE_ID_KEY = "backup.practiceId";
    /** The protection settings of {@link #protectionSettings()}: fixed SQL. */
    private static final String PROTECTION = "(key LIKE 'backup.%' OR key LIKE 'lock.%') "
            + "AND key <> 'backup.last' AND key <> '" + PRACTICE_ID_KEY + "'";

    private final Connection connection;

    PracticeMetaRepository(Connection connection) {
        this.connection = connection;
    }

    /** Whether this file was written by {@code demo}: synthetic people, never real records. */
    public boolean isDemo() {
        return get(DEMO_KEY).map("true"::equals).orElse(false);
    }

    public void markAsDemo() {
        put(DEMO_KEY, "true");
    }

    /** The practice's name as she gave it ("" when she gave none): in the window's title and on sheets. */
    public String practiceName() {
        return get(PRACTICE_NAME_KEY).orElse("");
    }

    /** Keeps the practice's name; an empty one is forgotten. */
    public void putPracticeName(String name) {
        if (name == null || name.isBlank()) {
            remove(PRACTICE_NAME_KEY);
        } else {
            put(PRACTICE_NAME_KEY, name.strip());
        }
    }

    /** What printed sheets carry: her name and contacts, the paper, how clients are named. */
    public SheetSettings sheetSettings() {
        return new SheetSettings(get("sheet.practitioner").orElse(""), get("sheet.contacts").orElse(""),
                get("sheet.paper").map(PaperSize::valueOf).orElse(PaperSize.A4),
                get("sheet.names").map(NameOnSheet::valueOf).orElse(NameOnSheet.FULL));
    }

    public void putSheetSettings(SheetSettings s) {
        put("sheet.practitioner", s.practitioner());
        put("sheet.contacts", s.contacts());
        put("sheet.paper", s.paper().name());
        put("sheet.names", s.names().name());
    }

    /**
     * The suggestion rules as she set them: each stored as "on 30" or "off 1 3 6" under
     * {@code followUp.RULE}; a rule never set, or stored in a way this Kabinet cannot read, has
     * its defaults.
     */
    public FollowUpSettings followUpSettings() {
        Map<SuggestionRule, RuleSetting> rules = new EnumMap<>(SuggestionRule.class);
        for (SuggestionRule rule : SuggestionRule.values()) {
            get("followUp." + rule.name()).flatMap(text -> parseRule(text, rule)).ifPresent(s -> rules.put(rule, s));
        }
        return new FollowUpSettings(rules);
    }

    public void putFollowUpSettings(FollowUpSettings settings) {
        for (SuggestionRule rule : SuggestionRule.values()) {
            RuleSetting s = settings.of(rule);
            StringBuilder text = new StringBuilder(s.enabled() ? "on" : "off");
            s.thresholds().forEach(n -> text.append(' ').append(n));
            put("followUp." + rule.name(), text.toString());
        }
    }

    private static Optional<RuleSetting> parseRule(String text, SuggestionRule rule) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 1 || !(words[0].equals("on") || words[0].equals("off"))) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        try {
            for (int i = 1; i < words.length; i++) {
                numbers.add(Integer.parseInt(words[i]));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new RuleSetting(words[0].equals("on"), numbers.isEmpty() ? rule.defaults() : numbers));
    }

    /** The folder she chose for backups, if she chose one. */
    public Optional<String> backupFolder() {
        return get("backup.folder");
    }

    public void putBackupFolder(String folder) {
        put("backup.folder", folder);
    }

    /** Forgets the folder she chose: backups go to the default folder again. */
    public void removeBackupFolder() {
        remove("backup.folder");
    }

    /** When the last backup that passed its check was made. */
    public Optional<Instant> lastBackup() {
        return get("backup.last").map(Instant::parse);
    }

    public void putLastBackup(Instant at) {
        put("backup.last", at.toString());
    }

    /** The id this practice's backups carry in their names, once its first backup gave it one. */
    public Optional<String> practiceId() {
        return get(PRACTICE_ID_KEY);
    }

    public void putPracticeId(String id) {
        put(PRACTICE_ID_KEY, id);
    }

    /**
     * The passphrase backups are encrypted with, if she set one. It is kept in the practice file
     * (which is itself plain on her disk) so that automatic backups need no prompt; it never
     * leaves the file unencrypted: the JSON export leaves it out, and an encrypted backup needs it.
     */
    public Optional<String> backupPassphrase() {
        return get("backup.passphrase");
    }

    public void putBackupPassphrase(Optional<String> passphrase) {
        passphrase.ifPresentOrElse(p -> put("backup.passphrase", p), () -> remove("backup.passphrase"));
    }

    /** The app lock's passphrase as a slow salted hash (never the passphrase itself), if the lock is on. */
    public Optional<String> lockHash() {
        return get("lock.hash");
    }

    public void putLockHash(Optional<String> hash) {
        hash.ifPresentOrElse(h -> put("lock.hash", h), () -> remove("lock.hash"));
    }

    /** The minutes without input after which the app locks, if she chose them. */
    public Optional<Integer> lockIdleMinutes() {
        return get("lock.idleMinutes").flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public void putLockIdleMinutes(int minutes) {
        put("lock.idleMinutes", Integer.toString(minutes));
    }

    /**
     * This computer's protection settings: the backup folder and passphrase and the app lock (not
     * when the last backup was made, which belongs to the records, nor the practice's id). A
     * restore keeps them, so that restoring an older backup neither turns encryption or the lock
     * off nor brings back an old passphrase.
     */
    public Map<String, String> protectionSettings() {
        Map<String, String> settings = new java.util.TreeMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT key, value FROM practice_meta WHERE " + PROTECTION);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
        return settings;
    }

    /** Replaces the protection settings with {@code settings} (as {@link #protectionSettings()} gave them). */
    public void replaceProtectionSettings(Map<String, String> settings) {
        try (PreparedStatement st = connection.prepareStatement(
                "DELETE FROM practice_meta WHERE " + PROTECTION)) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
        settings.forEach(this::put);
    }

    void remove(String key) {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM practice_meta WHERE key = ?")) {
            st.setString(1, key);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    Optional<String> get(String key) {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT value FROM practice_meta WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    void put(String key, String value) {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO practice_meta (key, value) VALUES (?, ?) "
                        + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }
}
