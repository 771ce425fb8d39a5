package org.kabinet;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kabinet.i18n.Language;
import org.kabinet.model.Preferences;
import org.kabinet.storage.DefaultDatabasePath;

/**
 * The window's command line: {@code [--db FILE] [--lang ru|en] [--exit-after-start] [--help]}.
 * The file comes from {@code --db}, else the {@code KABINET_DB} environment variable, else the
 * default place for this system.
 */
public record AppOptions(Optional<Path> db, Optional<Language> language, boolean exitAfterStart, boolean help) {

    public static AppOptions parse(List<String> args) {
        Path db = null;
        Language language = null;
        boolean exit = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--db" -> db = Path.of(value(args, ++i, arg));
                case "--lang" -> {
                    String code = value(args, ++i, arg);
                    language = Language.parse(code);
                    if (language == null) {
                        throw new IllegalArgumentException("--lang must be ru or en, not " + code);
                    }
                }
                case "--exit-after-start" -> exit = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new AppOptions(Optional.ofNullable(db), Optional.ofNullable(language), exit, help);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** The language of the window: the one asked for, else the system's. */
    public Language languageOrSystem() {
        return languageOrSystem(Preferences.NONE);
    }

    /** The language of the window: the one asked for, else the one chosen in settings, else the system's. */
    public Language languageOrSystem(Preferences preferences) {
        return language.or(() -> preferences.language().map(Language::parse))
                .orElseGet(() -> Language.of(Locale.getDefault()));
    }

    /** The practice file to open. */
    public Path databaseFile(Map<String, String> env) {
        return databaseFile(env, Preferences.NONE);
    }

    /**
     * The practice file to open: {@code --db}, else {@code KABINET_DB}, else the file she last
     * opened from the window (while it is still there: a file on a stick that is not plugged in
     * must not turn into a new empty practice; see {@link #missingRememberedFile}), else the
     * default place.
     */
    public Path databaseFile(Map<String, String> env, Preferences preferences) {
        return explicitFile(env)
                .or(() -> preferences.file().filter(java.nio.file.Files::isRegularFile))
                .orElseGet(DefaultDatabasePath::database);
    }

    /**
     * The file she last opened from the window when it is not there now (and no file is named on
     * the command line or in the environment): the start asks her rather than open the default.
     */
    public Optional<Path> missingRememberedFile(Map<String, String> env, Preferences preferences) {
        if (explicitFile(env).isPresent()) {
            return Optional.empty();
        }
        return preferences.file().filter(f -> !java.nio.file.Files.isRegularFile(f));
    }

    /** The file named on the command line or in the environment, which a start never remembers. */
    public Optional<Path> explicitFile(Map<String, String> env) {
        return db.or(() -> Optional.ofNullable(env.get("KABINET_DB")).filter(s -> !s.isBlank()).map(Path::of));
    }

    public static String usage() {
        return """
                Usage: java -jar kabinet.jar [--db FILE] [--lang ru|en] [--exit-after-start]
                       java -jar kabinet.jar COMMAND [OPTIONS]   (see: java -jar kabinet.jar help)

                  --db FILE            open this practice file (else $KABINET_DB, else the file last opened
                                       from the window, else the default place:
                                       %s)
                  --lang ru|en         the language of the window (default: the one chosen in settings,
                                       else the system's)
                  --exit-after-start   show the window, print "ready in N ms" once the first frame is
                                       drawn, and exit (for smoke tests and the start-up benchmark)
                """.formatted(DefaultDatabasePath.database());
    }
}
