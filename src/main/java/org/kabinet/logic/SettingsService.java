package org.kabinet.logic;

import java.util.List;
import org.kabinet.model.FieldError;
import org.kabinet.model.PracticeSettings;
import org.kabinet.model.SheetSettings;
import org.kabinet.storage.Database;
import org.kabinet.storage.Transaction;

/**
 * Settings kept in the practice file: its name, what printed sheets carry, the follow-up rules.
 * Each method is one transaction; call from a background thread.
 */
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

    /** The practice's name ("" when she gave none). */
    public String practiceName() {
        return db.read(tx -> tx.meta().practiceName());
    }

    /** Everything the settings window shows of the file, read at once. */
    public PracticeSettings practice() {
        return db.read(tx -> new PracticeSettings(tx.meta().practiceName(), tx.meta().sheetSettings(),
                tx.meta().followUpSettings()));
    }

    /**
     * Saves the practice's settings in one transaction: all of them or, when writing fails, none.
     *
     * @throws ValidationException when the practice name is too long or holds control characters
     */
    public void save(PracticeSettings settings) {
        check(settings);
        db.write(tx -> {
            write(tx, settings);
            return null;
        });
    }

    /** @throws ValidationException when the practice name is too long or holds control characters */
    static void check(PracticeSettings settings) {
        String problem = PracticeSettings.nameProblem(settings.practiceName());
        if (!problem.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("practiceName", problem)));
        }
    }

    /** Writes the practice's settings within {@code tx}; {@link #check} them first. */
    static void write(Transaction tx, PracticeSettings settings) {
        tx.meta().putPracticeName(settings.practiceName());
        tx.meta().putSheetSettings(settings.sheets());
        tx.meta().putFollowUpSettings(settings.followUps());
    }
}
