package org.kabinet.logic;

import java.util.List;
import org.kabinet.model.Source;
import org.kabinet.model.Text;
import org.kabinet.storage.Database;

/** The editable list of where clients come from. */
public final class SourceService {

    private final Database db;

    public SourceService(Database db) {
        this.db = db;
    }

    /** Every source, retired ones too (old cards still show them), in list order. */
    public List<Source> all() {
        return db.read(tx -> tx.sources().all());
    }

    /** Adds her own source; returns the whole list as it now is. */
    public List<Source> add(String name) {
        String clean = requireName(name);
        return db.write(tx -> {
            tx.sources().add(clean);
            return tx.sources().all();
        });
    }

    public List<Source> rename(long id, String name) {
        String clean = requireName(name);
        return db.write(tx -> {
            tx.sources().rename(id, clean);
            return tx.sources().all();
        });
    }

    /** Retires a source (or brings it back): cards keep it, new cards are not offered it. */
    public List<Source> setRetired(long id, boolean retired) {
        return db.write(tx -> {
            tx.sources().setRetired(id, retired);
            return tx.sources().all();
        });
    }

    private static String requireName(String name) {
        String clean = Text.clean(name);
        if (clean.isEmpty() || clean.length() > 100 || Text.hasControlCharacters(clean, false)) {
            throw new IllegalArgumentException("a source needs a short name");
        }
        return clean;
    }
}
