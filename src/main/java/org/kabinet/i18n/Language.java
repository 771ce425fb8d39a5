package org.kabinet.i18n;

import java.util.Locale;

/** The languages Kabinet speaks. */
public enum Language {
    EN(Locale.ENGLISH, Locale.forLanguageTag("en-GB")),
    RU(Locale.forLanguageTag("ru"), Locale.forLanguageTag("ru-RU"));

    private final Locale locale;
    private final Locale formats;

    Language(Locale locale, Locale formats) {
        this.locale = locale;
        this.formats = formats;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The locale with a country, for what JavaFX's own controls format: a bare "ru" or "en" starts
     * a date picker's week on Sunday, while the week calendar (and Russia) start it on Monday.
     */
    public Locale formats() {
        return formats;
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
