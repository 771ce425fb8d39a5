package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.SheetSettings;

/** Facts about the practice file itself, such as whether it is a demo. */
public final class PracticeMetaRepository {

    private static final String DEMO_KEY = "demo";

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
