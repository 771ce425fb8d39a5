package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.testutil.TestDatabases;

/** The JSON export's table list keeps up with the schema: a new table is either in it or left out on purpose. */
class TableRowsTest {

    @TempDir
    Path dir;

    @Test
    void everyTableOfTheSchema_isExported_exceptTheSearchIndexesAndSqlitesOwn() throws Exception {
        try (Database db = TestDatabases.fresh(dir)) {
            assertThat(db.read(tx -> tx.tables().tables()).stream().map(TableRows.Table::name))
                    .containsExactlyElementsOf(TableRows.TABLES);
        }
        List<String> schemaTables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kabinet.db"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                        + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_search' AND name NOT LIKE '%_search_%'")) {
            while (rs.next()) {
                schemaTables.add(rs.getString(1));
            }
        }
        assertThat(TableRows.TABLES).containsExactlyInAnyOrderElementsOf(schemaTables);
    }

    @Test
    void parentsComeBeforeTheirChildren() throws Exception {
        TestDatabases.fresh(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kabinet.db"))) {
            for (String child : TableRows.TABLES) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT \"table\" FROM pragma_foreign_key_list('" + child + "')")) {
                    while (rs.next()) {
                        String parent = rs.getString(1);
                        assertThat(TableRows.TABLES.indexOf(parent)).as(child + " -> " + parent)
                                .isLessThanOrEqualTo(TableRows.TABLES.indexOf(child));
                    }
                }
            }
        }
    }
}
