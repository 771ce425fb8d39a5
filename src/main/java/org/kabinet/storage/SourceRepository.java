package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.model.Source;

/** The editable list of where clients come from. */
public final class SourceRepository {

    private final Connection connection;

    SourceRepository(Connection connection) {
        this.connection = connection;
    }

    /** Every source, retired ones included (old cards still name them), in list order. */
    public List<Source> all() {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id, code, name, position, retired FROM source ORDER BY position, id");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                sources.add(new Source(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("position"), rs.getInt("retired") == 1));
            }
            return sources;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Adds her own entry at the end of the list; returns it with its id. */
    public Source add(String name) {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO source (name, position) "
                        + "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM source))")) {
            st.setString(1, name);
            st.executeUpdate();
            long id = Sql.lastId(connection);
            return all().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Renames an entry (a built-in one keeps its code, so it can be told apart later). */
    public void rename(long id, String name) {
        Sql.update(connection, "UPDATE source SET name = ? WHERE id = ?", name, id);
    }

    /** Retires or brings back an entry: retired ones stay on old cards but are not offered. */
    public void setRetired(long id, boolean retired) {
        Sql.update(connection, "UPDATE source SET retired = ? WHERE id = ?", retired ? 1 : 0, id);
    }

    public long idOfCode(String code) {
        try (PreparedStatement st = connection.prepareStatement("SELECT id FROM source WHERE code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException("storage.failed", "no source " + code, null);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }
}
