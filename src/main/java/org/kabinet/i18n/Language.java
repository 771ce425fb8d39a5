package org.kabinet.i18n;

import java.util.Locale;

/** The languages Kabinet speaks. */
public enum Language {
    EN(Locale.ENGLISH),
    RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** Russian for a Russian locale, English for any other. */
    public static Language of(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? RU : EN;
    }

    /** The language named by {@code --lang}: "ru" or "en", any case; null when unknown. */
    public static Language parse(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return language;
            }
        }
        return null;
    }
}
