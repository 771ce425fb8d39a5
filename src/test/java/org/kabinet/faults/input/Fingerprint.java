package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kabinet.storage.Database;
import org.kabinet.storage.TableRows;

/**
 * What a practice holds, in one comparable value: the rows of every table and a SHA-256 over all
 * of them (private notes included). Two equal fingerprints mean nothing was lost or changed.
 */
record Fingerprint(Map<String, Long> counts, String sha256) {

    static Fingerprint of(Database db) {
        return db.read(tx -> {
            MessageDigest digest = newDigest();
            Map<String, Long> counts = new LinkedHashMap<>();
            TableRows rows = tx.tables();
            for (TableRows.Table table : rows.tables()) {
                long[] n = {0};
                rows.read(table, true, values -> {
                    n[0]++;
                    for (Object v : values) {
                        String text = v instanceof byte[] b ? Arrays.toString(b) : String.valueOf(v);
                        digest.update(text.getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0x1F);
                    }
                    digest.update((byte) 0x1E);
                });
                counts.put(table.name(), n[0]);
            }
            return new Fingerprint(counts, java.util.HexFormat.of().formatHex(digest.digest()));
        });
    }

    /** The practice holds exactly what it held at {@code before}, and SQLite finds it sound. */
    static void assertUnchanged(Database db, Fingerprint before) {
        assertThat(of(db)).isEqualTo(before);
        assertThat(db.integrityProblems()).isEmpty();
    }

    long count(String table) {
        return counts.getOrDefault(table, 0L);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
