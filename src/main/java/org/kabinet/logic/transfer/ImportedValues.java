package org.kabinet.logic.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.Text;

/**
 * What a JSON file's value must be before it is stored, beyond what the schema's own checks
 * catch: SQLite keeps any text in a date column, and a "1984-02-31" there would stop the client
 * list from loading; a lone surrogate cannot be written as UTF-8 (SQLite stores "?") and a NUL
 * ends the text for some readers. Either would change what she gets back, so the file is refused;
 * so is a name longer than the card allows.
 */
final class ImportedValues {

    /** A client's name parts: the card's own limit holds, or a card would come in she cannot save. */
    private static final Set<String> NAME_COLUMNS = Set.of("last_name", "first_name", "patronymic");

    /** Date columns not named by the {@code _date}, {@code _on}, {@code _at} convention. */
    private static final Set<String> OTHER_DATE_COLUMNS = Set.of("first_contact", "status_since", "due");

    private ImportedValues() {
    }

    /** Whether {@code value}, for {@code column}, can be stored and read back as it is. */
    static boolean acceptable(String column, Object value) {
        if (!(value instanceof String text)) {
            return true;
        }
        if (!storableText(text)) {
            return false;
        }
        if (NAME_COLUMNS.contains(column) && text.length() > ClientValidator.MAX_NAME_LENGTH) {
            return false;
        }
        return !isDateColumn(column) || isDate(text);
    }

    static boolean isDateColumn(String column) {
        return column.endsWith("_date") || column.endsWith("_on") || column.endsWith("_at")
                || OTHER_DATE_COLUMNS.contains(column);
    }

    /** A date, a date and time, or an instant, as Kabinet writes them (ISO 8601). */
    static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            // Tried as a date and time next.
        }
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notADateTime) {
            // Tried as an instant last.
        }
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean storableText(String text) {
        return text.indexOf('\u0000') < 0 && !Text.hasLoneSurrogate(text);
    }
}
