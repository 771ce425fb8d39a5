package org.kabinet.logic.sheets;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kabinet.storage.Database;

/** The printed sheets: homework sheets and the program information sheet, as PDF. (Being built.) */
public final class SheetService {

    public SheetService(Database db, Clock clock) {
    }

    /** Writes the homework sheet of these homework items (one client) to {@code out}. */
    public void homework(List<Long> homeworkIds, Locale locale, Path out) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Writes one PDF with a homework sheet for each client given homework at a session on
     * {@code day}; returns how many sheets it holds.
     */
    public int homeworkOfDay(LocalDate day, Locale locale, Path out) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Writes the one-page information sheet about a program to {@code out}. */
    public void program(long programId, Locale locale, Path out) {
        throw new UnsupportedOperationException("not built yet");
    }
}
