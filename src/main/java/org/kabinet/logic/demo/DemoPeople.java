package org.kabinet.logic.demo;

import java.util.List;
import java.util.Random;
import org.kabinet.model.PersonName;

/** Invented people for the demo: a name that agrees with the sex, and phones in local formats. */
final class DemoPeople {

    /** Someone's name, how she is addressed, and a Latin spelling for her email. */
    record Person(PersonName name, String addressName, String emailLocalPart) {
    }

    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private final Random random;
    private final DemoVocabulary words;
    private final DemoLanguage language;

    DemoPeople(Random random, DemoVocabulary words, DemoLanguage language) {
        this.random = random;
        this.words = words;
        this.language = language;
    }

    Person next(boolean woman) {
        String first = pick(woman ? words.womenFirstNames() : words.menFirstNames());
        String last = pick(words.lastNames());
        if (woman) {
            last = words.feminine(last);
        }
        String patronymic = words.usesPatronymics() ? words.patronymic(pick(words.fathersNames()), woman) : "";
        String address = patronymic.isEmpty() ? first : first + " " + patronymic;
        String email = latin(first).toLowerCase() + "." + latin(last).toLowerCase() + (10 + random.nextInt(90));
        return new Person(new PersonName(last, first, patronymic), address, email);
    }

    /** A mobile number, written the ways people write them. */
    String mobile() {
        if (language == DemoLanguage.EN) {
            String digits = "7" + (700 + random.nextInt(300)) + String.format("%06d", random.nextInt(1_000_000));
            return random.nextBoolean() ? "0" + digits.substring(0, 4) + " " + digits.substring(4)
                    : "+44 " + digits.substring(0, 4) + " " + digits.substring(4);
        }
        String code = "9" + (10 + random.nextInt(90));
        String a = String.format("%03d", random.nextInt(1000));
        String b = String.format("%02d", random.nextInt(100));
        String c = String.format("%02d", random.nextInt(100));
        return switch (random.nextInt(4)) {
            case 0 -> "+7 (" + code + ") " + a + "-" + b + "-" + c;
            case 1 -> "8 " + code + " " + a + " " + b + " " + c;
            case 2 -> "+7" + code + a + b + c;
            default -> "8" + code + a + b + c;
        };
    }

    /** A home or work number in the city. */
    String landline() {
        String number = String.format("%03d-%02d-%02d", random.nextInt(1000), random.nextInt(100), random.nextInt(100));
        return language == DemoLanguage.EN ? "020 " + String.format("%04d %04d", random.nextInt(10000),
                random.nextInt(10000)) : "+7 495 " + number;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A simple transliteration of Cyrillic, for email addresses and handles. */
    private static String latin(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toLowerCase().toCharArray()) {
            if (ch == 'ё') {
                out.append("e");
            } else if (ch >= 'а' && ch <= 'я') {
                out.append(LATIN[ch - 'а']);
            } else if (Character.isLetterOrDigit(ch) && ch < 128) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
