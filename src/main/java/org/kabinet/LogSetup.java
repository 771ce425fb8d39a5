package org.kabinet;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * One-line log records on standard error, warnings and worse by default. Kabinet's own log
 * lines name actions and record ids only: never a client's name or the text of a note.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return; // someone chose their own logging; respect it
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        Level level;
        try {
            level = Level.parse(System.getProperty("kabinet.log", "WARNING"));
        } catch (IllegalArgumentException e) {
            level = Level.WARNING;
        }
        console.setLevel(level);
        root.setLevel(level);
        root.addHandler(console);
    }
}
