package org.kabinet.logic.demo;

/** TEMPORARY until the generator lands. */
public final class DemoPractice {
    public DemoPractice(long seed, DemoLanguage language, java.time.LocalDate today) {
    }

    public int writeInto(org.kabinet.storage.Database db, int clients) {
        throw new UnsupportedOperationException();
    }
}
