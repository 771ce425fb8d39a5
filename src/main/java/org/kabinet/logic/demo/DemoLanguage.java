package org.kabinet.logic.demo;

/** The language of a demo practice's people and texts. */
public enum DemoLanguage {
    RU, EN;

    /** "ru" or "en", any case. */
    public static DemoLanguage parse(String code) {
        for (DemoLanguage language : values()) {
            if (language.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("the demo language must be ru or en, not " + code);
    }
}
