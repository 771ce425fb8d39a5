package org.kabinet.logic.transfer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.kabinet.logic.demo.DemoFile;
import org.kabinet.logic.demo.DemoLanguage;
import org.kabinet.testutil.TestClock;

/**
 * A demo practice with what the demo itself never writes, so that the export meets every table and
 * every rule: note versions (of a private note, and a private version of a note now shared), an
 * exercise of her own with a tag, a dismissed suggestion, a client referred by a client added after
 * her, and this computer's backup and lock settings.
 */
final class TransferFixture {

    static final String PRIVATE_TEXT = "ТАЙНАЯ-ЛИЧНАЯ-ЗАПИСЬ";
    static final String PRIVATE_VERSION_TEXT = "ВЕРСИЯ-ЛИЧНОЙ-ЗАПИСИ";
    static final String ONCE_PRIVATE_TEXT = "БЫЛО-ЛИЧНЫМ";
    static final String SHARED_WORD = "незабудка";
    static final String PASSPHRASE = "СЕКРЕТНАЯ-ФРАЗА-КОПИЙ";
    static final String LOCK_SECRET = "LOCK-HASH-0123456789";
    static final String BACKUP_FOLDER = "/media/stick/kabinet";

    private TransferFixture() {
    }

    /** Writes the practice into {@code file}. */
    static Path practice(Path file) throws Exception {
        DemoFile.write(file, DemoLanguage.RU, 40, 0, 7, TestClock.FIXED);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            String at = "'2026-11-01T09:00:00Z'";
            st.execute("INSERT INTO client (id, first_name, status, created_at, updated_at) VALUES "
                    + "(1000, 'Вера', 'ACTIVE', " + at + ", " + at + "), (1001, 'Надежда', 'ACTIVE', " + at + ", " + at + ")");
            st.execute("UPDATE client SET referred_by = 1001 WHERE id = 1000");
            st.execute("INSERT INTO note (id, client_id, written_on, private, body, created_at, updated_at) VALUES "
                    + "(5000, 1000, '2026-11-01', 1, '" + PRIVATE_TEXT + "', " + at + ", " + at + "), "
                    + "(5001, 1000, '2026-11-02', 0, 'Говорили про " + SHARED_WORD + "', " + at + ", " + at + ")");
            String versionColumns = "(note_id, saved_at, replaced_at, private, structured, body, theme, brought, "
                    + "techniques, observations, homework_review, plan)";
            st.execute("INSERT INTO note_version " + versionColumns + " VALUES "
                    + "(5000, " + at + ", " + at + ", 1, 0, '" + PRIVATE_VERSION_TEXT + "', '', '', '', '', '', ''), "
                    + "(5001, " + at + ", " + at + ", 1, 0, '" + ONCE_PRIVATE_TEXT + "', '', '', '', '', '', ''), "
                    + "(5001, " + at + ", " + at + ", 0, 0, 'прежний текст', '', '', '', '', '', '')");
            st.execute("INSERT INTO exercise (id, own_texts, title, method) VALUES (900, 1, 'Своё упражнение', 'OTHER')");
            st.execute("INSERT INTO exercise_tag (exercise_id, tag) VALUES (900, 'тревога'), (900, 'сон')");
            st.execute("INSERT INTO suggestion_dismissal (client_id, rule, occasion, dismissed_at) VALUES "
                    + "(1001, 'BIRTHDAY', '2026', " + at + ")");
            st.execute("INSERT INTO practice_meta (key, value) VALUES ('backup.folder', '" + BACKUP_FOLDER + "'), "
                    + "('backup.passphrase', '" + PASSPHRASE + "'), ('backup.last', '2026-11-20T10:00:00Z'), "
                    + "('lock.passphrase', '" + LOCK_SECRET + "')");
        }
        return file;
    }
}
