package org.kabinet.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How dates are written and typed in each language. Typing accepts what people write:
 * 15.03.1984, 15.3.84 is not accepted (two-digit years are ambiguous for birth dates),
 * 1984-03-15 everywhere.
 */
public final class DateFormats {

    private final DateTimeFormatter shortFormat;
    private final DateTimeFormatter longFormat;
    private final List<DateTimeFormatter> accepted;
    private final String hint;

    public DateFormats(Language language) {
        String pattern = language == Language.RU ? "dd.MM.uuuu" : "dd/MM/uuuu";
        shortFormat = DateTimeFormatter.ofPattern(pattern, language.locale());
        // Plain English writes long dates month first ("March 15, 1984"); the short form is day
        // first, so the long one follows British usage to match it.
        Locale longLocale = language == Language.EN ? Locale.UK : language.locale();
        longFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(longLocale);
        accepted = List.of(
                strict("d.M.uuuu", language),
                strict("d/M/uuuu", language),
                strict("uuuu-M-d", language));
        hint = language == Language.RU ? "ДД.ММ.ГГГГ" : "DD/MM/YYYY";
    }

    private static DateTimeFormatter strict(String pattern, Language language) {
        return DateTimeFormatter.ofPattern(pattern, language.locale()).withResolverStyle(ResolverStyle.STRICT);
    }

    /** "15.03.1984" or "15/03/1984"; empty for no date. */
    public String format(LocalDate date) {
        return date == null ? "" : shortFormat.format(date);
    }

    /** "15 марта 1984 г." or "15 March 1984". */
    public String formatLong(LocalDate date) {
        return date == null ? "" : longFormat.format(date);
    }

    /** The date typed, or empty when the text is not a date in any accepted form. */
    public Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter f : accepted) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }

    /** What to type, shown as a prompt in date fields. */
    public String hint() {
        return hint;
    }
}
