package org.kabinet.logic;

import org.kabinet.model.SheetSettings;
import org.kabinet.storage.Database;

/** Settings kept in the practice file: for now, what printed sheets carry. */
public final class SettingsService {

    private final Database db;

    public SettingsService(Database db) {
        this.db = db;
    }

    public SheetSettings sheets() {
        return db.read(tx -> tx.meta().sheetSettings());
    }

    public void saveSheets(SheetSettings settings) {
        db.write(tx -> {
            tx.meta().putSheetSettings(settings);
            return null;
        });
    }
}
