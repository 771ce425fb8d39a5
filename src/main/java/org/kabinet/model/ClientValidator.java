package org.kabinet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a client card must satisfy before it is saved, in one place. */
public final class ClientValidator {

    /** Field names used in {@link FieldError}; the UI shows each error next to its field. */
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String PATRONYMIC = "patronymic";
    public static final String PHONES = "phones";
    public static final String EMAIL = "email";
    public static final String BIRTH_DATE = "birthDate";
    public static final String FIRST_CONTACT = "firstContact";
    public static final String REFERRED_BY = "referredBy";
    public static final String GOALS = "goals";
    public static final String CONSENT_DATE = "consentDate";
    public static final String CITY = "city";
    public static final String OCCUPATION = "occupation";
    public static final String MESSENGER = "messenger";
    public static final String ADDRESS = "address";
    public static final String LANGUAGE = "language";
    public static final String REQUEST = "request";
    public static final String END_REASON = "endReason";
    public static final String ASK_NEXT_TIME = "askNextTime";

    /** Long enough for any real name; a longer one is a paste gone wrong. */
    public static final int MAX_NAME_LENGTH = 100;
    /** A one-line field (a city, a goal) is a line, not a paragraph. */
    public static final int MAX_LINE_LENGTH = 300;
    /** Free-text fields hold a few paragraphs, not a book. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private static final Pattern EMAIL_PATTERN =
            Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private ClientValidator() {
    }

    /** Every problem with the card, in form order; empty when it can be saved. */
    public static List<FieldError> validate(Client c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (c.name().firstName().isEmpty()) {
            errors.add(new FieldError(FIRST_NAME, "validation.firstName.required"));
        }
        checkName(errors, FIRST_NAME, c.name().firstName());
        checkName(errors, LAST_NAME, c.name().lastName());
        checkName(errors, PATRONYMIC, c.name().patronymic());
        for (String phone : c.contacts().phones()) {
            if (!PhoneNumbers.isValid(phone)) {
                errors.add(new FieldError(PHONES, "validation.phone.invalid"));
                break;
            }
        }
        String email = c.contacts().email();
        if (!email.isEmpty() && (!EMAIL_PATTERN.matcher(email).matches() || email.length() > 254)) {
            errors.add(new FieldError(EMAIL, "validation.email.invalid"));
        }
        if (c.birthDate() != null && c.birthDate().isAfter(today)) {
            errors.add(new FieldError(BIRTH_DATE, "validation.birthDate.future"));
        } else if (c.birthDate() != null && c.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
            errors.add(new FieldError(BIRTH_DATE, "validation.birthDate.tooEarly"));
        }
        if (c.firstContact() != null && c.firstContact().isAfter(today)) {
            errors.add(new FieldError(FIRST_CONTACT, "validation.firstContact.future"));
        }
        if (c.consents().dataProcessingDate() != null && c.consents().dataProcessingDate().isAfter(today)) {
            errors.add(new FieldError(CONSENT_DATE, "validation.consentDate.future"));
        }
        if (c.referredById() != null && c.referredById() == c.id() && !c.isNew()) {
            errors.add(new FieldError(REFERRED_BY, "validation.referredBy.self"));
        }
        if (c.goals().size() > Goal.MAX_PER_CLIENT) {
            errors.add(new FieldError(GOALS, "validation.goals.tooMany"));
        }
        checkTexts(errors, c);
        return errors;
    }

    private static void checkName(List<FieldError> errors, String field, String value) {
        if (value.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError(field, "validation.name.tooLong"));
        } else if (Text.hasControlCharacters(value, false)) {
            errors.add(new FieldError(field, "validation.text.controlCharacters"));
        }
    }

    private static void checkTexts(List<FieldError> errors, Client c) {
        checkText(errors, CITY, c.city(), false);
        checkText(errors, OCCUPATION, c.occupation(), false);
        checkText(errors, MESSENGER, c.contacts().messenger(), false);
        checkText(errors, ADDRESS, c.address().name(), false);
        checkText(errors, LANGUAGE, c.language(), false);
        c.goals().forEach(g -> checkText(errors, GOALS, g.text(), false));
        checkText(errors, REQUEST, c.request(), true);
        checkText(errors, END_REASON, c.endReason(), true);
        checkText(errors, ASK_NEXT_TIME, c.askNextTime(), true);
    }

    private static void checkText(List<FieldError> errors, String field, String value,
            boolean multiLine) {
        int max = multiLine ? MAX_TEXT_LENGTH : MAX_LINE_LENGTH;
        if (errors.stream().anyMatch(e -> e.field().equals(field))) {
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, multiLine ? "validation.text.tooLong" : "validation.line.tooLong"));
        } else if (Text.hasControlCharacters(value, multiLine)) {
            errors.add(new FieldError(field, "validation.text.controlCharacters"));
        }
    }
}
