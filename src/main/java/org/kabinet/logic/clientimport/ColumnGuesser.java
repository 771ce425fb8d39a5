package org.kabinet.logic.clientimport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses what each column holds from its header, in Russian or English, however it is spelt:
 * case, spaces and punctuation do not count ("E-mail", "e mail", "Email" are one header).
 */
final class ColumnGuesser {

    /** Normalised header → field. Also the headers the client list export writes, both languages. */
    private static final Map<String, ClientField> SYNONYMS = new LinkedHashMap<>();
    /** Words that, inside a longer header, say what it holds ("Мобильный телефон (личный)"). */
    private static final Map<String, ClientField> WORDS = new LinkedHashMap<>();
    /** Fields several columns may go to: their values are collected, not overwritten. */
    private static final Set<ClientField> MANY = EnumSet.of(ClientField.PHONE);

    static {
        add(ClientField.FULL_NAME, "ФИО", "Ф.И.О.", "Клиент", "Имя и фамилия", "Фамилия Имя Отчество",
                "Фамилия, имя, отчество", "Full name", "Client", "Name and surname", "Display name");
        add(ClientField.LAST_NAME, "Фамилия", "Last name", "Surname", "Family name", "Lastname");
        add(ClientField.FIRST_NAME, "Имя", "Name", "First name", "Given name", "Firstname");
        add(ClientField.PATRONYMIC, "Отчество", "Patronymic", "Middle name", "Additional name");
        add(ClientField.PHONE, "Телефон", "Тел.", "Тел", "Моб. телефон", "Мобильный", "Мобильный телефон",
                "Сотовый", "Номер телефона", "Телефоны", "Phone", "Phones", "Mobile", "Mobile phone", "Cell",
                "Telephone", "Tel", "Phone number");
        add(ClientField.EMAIL, "E-mail", "Email", "Эл. почта", "Электронная почта", "Почта", "Емейл", "Mail",
                "E-mail address");
        add(ClientField.MESSENGER, "Мессенджер", "Telegram", "Телеграм", "WhatsApp", "Messenger");
        add(ClientField.BIRTH_DATE, "Дата рождения", "Д.р.", "ДР", "День рождения", "Birthday",
                "Date of birth", "Birth date", "DOB", "Birthdate");
        add(ClientField.SEX, "Пол", "Sex", "Gender");
        add(ClientField.CITY, "Город", "Город проживания", "City", "Town", "Location");
        add(ClientField.OCCUPATION, "Профессия", "Род занятий", "Работа", "Должность", "Occupation",
                "Profession", "Job", "Job title");
        add(ClientField.FIRST_CONTACT, "Первое обращение", "Дата обращения", "Дата первого обращения",
                "Первая консультация", "First contact", "First consultation", "Date of first contact");
        add(ClientField.SOURCE, "Откуда узнала", "Откуда узнал", "Откуда узнал(а)", "Источник",
                "Как узнала", "Как узнал", "Канал", "Source", "How did they find you", "Found via");
        add(ClientField.REFERRED_BY, "По рекомендации", "Кто рекомендовал", "Рекомендация",
                "Рекомендовал(а)", "Рекомендатель", "Referred by", "Referral", "Recommended by");
        add(ClientField.REQUEST, "Запрос", "Запрос клиента", "С чем пришла", "С чем пришёл", "Проблема",
                "Тема", "Request", "Presenting problem", "Reason", "Notes", "Note", "Примечание", "Заметки",
                "Комментарий");
        word(ClientField.PHONE, "телефон", "phone", "mobile", "моб");
        word(ClientField.EMAIL, "email", "почта");
        word(ClientField.BIRTH_DATE, "рожден", "birth");
        word(ClientField.REFERRED_BY, "рекоменд", "referred");
        word(ClientField.SOURCE, "откудаузна", "source");
        word(ClientField.REQUEST, "запрос", "request");
    }

    private ColumnGuesser() {
    }

    private static void add(ClientField field, String... headers) {
        for (String h : headers) {
            SYNONYMS.put(normalise(h), field);
        }
    }

    private static void word(ClientField field, String... words) {
        for (String w : words) {
            WORDS.put(w, field);
        }
    }

    /** Lower case, "ё" as "е", letters and digits only. */
    static String normalise(String header) {
        StringBuilder s = new StringBuilder();
        for (char c : header.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    static ColumnMapping guess(ImportTable table) {
        return switch (table.format()) {
            case VCARD -> VCardTable.mapping(table.headers());
            case GOOGLE_CONTACTS -> GoogleContacts.mapping(table.headers());
            case CSV -> bySynonyms(table.headers());
        };
    }

    private static ColumnMapping bySynonyms(List<String> headers) {
        List<ClientField> fields = new ArrayList<>();
        Set<ClientField> taken = EnumSet.noneOf(ClientField.class);
        for (String header : headers) {
            ClientField field = of(header);
            if (field != ClientField.SKIP && taken.contains(field) && !MANY.contains(field)) {
                field = ClientField.SKIP;
            }
            taken.add(field);
            fields.add(field);
        }
        // A lone "Имя" / "Name" column usually holds the whole name; a full name of one word is
        // still only a first name, so nothing is lost when it does not.
        if (!taken.contains(ClientField.LAST_NAME) && !taken.contains(ClientField.FULL_NAME)) {
            fields.replaceAll(f -> f == ClientField.FIRST_NAME ? ClientField.FULL_NAME : f);
        }
        return new ColumnMapping(fields);
    }

    private static ClientField of(String header) {
        String key = normalise(header);
        if (key.isEmpty()) {
            return ClientField.SKIP;
        }
        ClientField exact = SYNONYMS.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, ClientField> w : WORDS.entrySet()) {
            if (key.contains(w.getKey())) {
                return w.getValue();
            }
        }
        return ClientField.SKIP;
    }
}
