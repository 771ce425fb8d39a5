package org.kabinet.export;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.util.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a phone's contacts (.vcf: vCard 2.1 as Android writes it, with QUOTED-PRINTABLE Cyrillic;
 * 3.0 as the iPhone writes it; 4.0) with ez-vcard. Each contact keeps the line its
 * {@code BEGIN:VCARD} is on, so a report can point at it.
 */
public final class VCardReader {

    /** What Kabinet reads of one contact; absent values are empty strings. */
    public record Contact(int line, String family, String given, String additional, String formatted,
            List<String> phones, List<String> emails, String birthday, String city, String organization,
            String title, String note) {
    }

    private VCardReader() {
    }

    /** Whether the text looks like vCards at all (whatever the file is called). */
    public static boolean looksLikeVCard(String text) {
        return text.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD");
    }

    public static List<Contact> read(String text) {
        List<Integer> starts = startLines(text);
        List<VCard> cards = Ezvcard.parse(text).all();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            int line = i < starts.size() ? starts.get(i) : 0;
            contacts.add(contact(line, cards.get(i)));
        }
        return contacts;
    }

    private static Contact contact(int line, VCard card) {
        StructuredName n = card.getStructuredName();
        String family = n == null ? "" : text(n.getFamily());
        String given = n == null ? "" : text(n.getGiven());
        String additional = n == null ? "" : String.join(" ", n.getAdditionalNames());
        FormattedName fn = card.getFormattedName();
        List<String> phones = new ArrayList<>();
        for (Telephone tel : card.getTelephoneNumbers()) {
            String number = tel.getText() != null ? tel.getText()
                    : tel.getUri() != null ? tel.getUri().getNumber() : "";
            if (!number.isBlank()) {
                phones.add(number.strip());
            }
        }
        List<String> emails = card.getEmails().stream().map(Email::getValue).filter(Objects::nonNull)
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        String city = card.getAddresses().stream().map(Address::getLocality).filter(Objects::nonNull)
                .map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
        Organization org = card.getOrganization();
        String organization = org == null ? "" : String.join(", ", org.getValues()).strip();
        String title = card.getTitles().stream().map(Title::getValue).filter(Objects::nonNull)
                .findFirst().orElse("");
        String note = String.join("\n", card.getNotes().stream().map(Note::getValue)
                .filter(Objects::nonNull).toList());
        return new Contact(line, family, given, additional, fn == null ? "" : text(fn.getValue()), phones,
                emails, birthday(card), city, organization, text(title), note.strip());
    }

    /** "1984-03-15"; "--03-15" when the phone knows the day but not the year; else as written. */
    private static String birthday(VCard card) {
        Birthday bday = card.getBirthday();
        if (bday == null) {
            // ez-vcard keeps a BDAY it cannot parse ("1990-02-31", "прошлой весной") only as a raw
            // property; as written, so that the contact is rejected as a bad date, not imported
            // without her birthday and without a word.
            RawProperty raw = card.getExtendedProperty("BDAY");
            return raw == null ? "" : text(raw.getValue());
        }
        if (bday.getDate() != null) {
            try {
                return LocalDate.from(bday.getDate()).toString();
            } catch (DateTimeException e) {
                return bday.getDate().toString();
            }
        }
        PartialDate partial = bday.getPartialDate();
        if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            if (partial.getYear() == null) {
                return String.format(Locale.ROOT, "--%02d-%02d", partial.getMonth(), partial.getDate());
            }
            try {
                return LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate()).toString();
            } catch (DateTimeException e) {
                // "1984-02-30": as written, so that this one contact is rejected as a bad date.
                return String.format(Locale.ROOT, "%04d-%02d-%02d", partial.getYear(), partial.getMonth(), partial.getDate());
            }
        }
        return text(bday.getText());
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** The lines that open a card, in order, matching ez-vcard's cards one to one. */
    private static List<Integer> startLines(String text) {
        List<Integer> starts = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equalsIgnoreCase("BEGIN:VCARD")) {
                starts.add(i + 1);
            }
        }
        return starts;
    }
}
