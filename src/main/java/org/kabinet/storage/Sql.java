package org.kabinet.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Conversions between Java values and SQLite columns, shared by the repositories. */
final class Sql {

    private Sql() {
    }

    static void setDate(PreparedStatement st, int index, LocalDate date) throws SQLException {
        if (date == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, date.toString());
        }
    }

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static void setEnum(PreparedStatement st, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value.name());
        }
    }

    static <E extends Enum<E>> E getEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }
}
