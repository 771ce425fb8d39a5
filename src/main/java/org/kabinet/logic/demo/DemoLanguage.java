package org.kabinet.logic.demo;

/** TEMPORARY until the generator lands. */
public enum DemoLanguage {
    RU, EN;

    public static DemoLanguage parse(String code) {
        for (DemoLanguage l : values()) {
            if (l.name().equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
