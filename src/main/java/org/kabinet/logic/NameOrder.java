package org.kabinet.logic;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;
import org.kabinet.model.PersonName;

/**
 * The order of client names in the user's language ("Ёлкина" beside "Елкина", case aside). It
 * hands out collation keys, worked out once per name when a row is made, so that sorting the
 * list compares keys instead of asking the collator again for every pair.
 */
public final class NameOrder {

    private final Collator collator;

    private NameOrder(Locale locale) {
        collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
    }

    public static NameOrder of(Locale locale) {
        return new NameOrder(locale);
    }

    /** The key of {@code name} in this order: last name, first name, patronymic. */
    public CollationKey key(PersonName name) {
        // The Russian collator ignores spaces, which put "Абрамова Вера" before "Абрамов Сергей"
        // ("Абрамова…" against "АбрамовС…"); a comma weighs and sorts before every letter, so the
        // last name is compared whole first, as in a phone book.
        String sortable = name.lastName() + "," + name.firstName() + "," + name.patronymic();
        // A Collator is not safe to share between threads; rows are made on more than one.
        synchronized (collator) {
            return collator.getCollationKey(sortable);
        }
    }
}
