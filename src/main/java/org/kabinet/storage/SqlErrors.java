package org.kabinet.storage;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into the few situations the user is told about. */
final class SqlErrors {

    private SqlErrors() {
    }

    static SQLiteErrorCode code(SQLException e) {
        if (e instanceof SQLiteException se) {
            return se.getResultCode();
        }
        return SQLiteErrorCode.SQLITE_ERROR;
    }

    /** The primary result code, without SQLite's extended detail (SQLITE_BUSY_SNAPSHOT is BUSY). */
    static int primary(SQLException e) {
        return code(e).code & 0xff;
    }

    static boolean isBusy(SQLException e) {
        int p = primary(e);
        return p == SQLiteErrorCode.SQLITE_BUSY.code || p == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    static boolean isCorrupt(SQLException e) {
        int p = primary(e);
        return p == SQLiteErrorCode.SQLITE_CORRUPT.code || p == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    static StorageException toStorageException(SQLException e) {
        int p = primary(e);
        String key;
        if (p == SQLiteErrorCode.SQLITE_FULL.code) {
            key = "storage.diskFull";
        } else if (isBusy(e)) {
            key = "storage.busy";
        } else if (isCorrupt(e)) {
            key = "storage.corrupt";
        } else if (p == SQLiteErrorCode.SQLITE_IOERR.code || p == SQLiteErrorCode.SQLITE_READONLY.code
                || p == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            key = "storage.io";
        } else {
            key = "storage.failed";
        }
        return new StorageException(key, code(e).name(), e);
    }
}
