package org.kabinet.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Logger;
import org.kabinet.model.Preferences;
import org.kabinet.model.WindowPlace;

/**
 * This computer's {@link Preferences}, in a small properties file beside the default practice
 * file. A properties file rather than JSON: it is read before the window opens, and the JDK reads
 * it without loading a JSON library into the start-up. A missing or unreadable file means the
 * defaults; it holds no records, so losing it costs a language choice and a window position.
 */
public final class PreferencesFile {

    public static final String FILE_NAME = "preferences.properties";
    /** Lets tests and a portable setup keep the preferences elsewhere. */
    public static final String LOCATION_PROPERTY = "kabinet.preferences";

    private static final Logger LOG = Logger.getLogger(PreferencesFile.class.getName());

    private final Path file;

    public PreferencesFile(Path file) {
        this.file = file;
    }

    /** The preferences of this user on this computer (or where {@value #LOCATION_PROPERTY} says). */
    public static PreferencesFile ofThisUser() {
        String override = System.getProperty(LOCATION_PROPERTY);
        return new PreferencesFile(override != null && !override.isBlank()
                ? Path.of(override) : DefaultDatabasePath.dataDirectory().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** What is remembered; {@link Preferences#NONE} when nothing is, or the file cannot be read. */
    public Preferences read() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Preferences.NONE;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("the preferences file could not be read; defaults apply: " + e.getClass().getSimpleName());
            return Preferences.NONE;
        }
        return new Preferences(text(p, "language"), text(p, "theme"), path(p), window(p), text(p, "screen"));
    }

    /**
     * Writes {@code preferences} whole: to a temporary file first, then moved over the old one,
     * so that a crash leaves the old file or the new one, never half of one. Owner-only, as
     * it names the practice file.
     */
    public void write(Preferences preferences) throws IOException {
        Properties p = new Properties();
        preferences.language().ifPresent(v -> p.setProperty("language", v));
        preferences.theme().ifPresent(v -> p.setProperty("theme", v));
        preferences.file().ifPresent(v -> p.setProperty("file", v.toAbsolutePath().toString()));
        preferences.screen().ifPresent(v -> p.setProperty("screen", v));
        preferences.windowPlace().ifPresent(w -> {
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        });
        Path dir = file.toAbsolutePath().getParent();
        OwnerOnlyFiles.createDirectories(dir);
        Path temp = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        OwnerOnlyFiles.createFile(temp);
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Kabinet preferences for this computer");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            // A full disk must not leave half a file lying beside the real one.
            Files.deleteIfExists(temp);
        }
    }

    private static String text(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Path path(Properties p) {
        String value = text(p, "file");
        try {
            return value == null ? null : Path.of(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static WindowPlace window(Properties p) {
        try {
            return new WindowPlace(Double.parseDouble(p.getProperty("window.x")),
                    Double.parseDouble(p.getProperty("window.y")),
                    Double.parseDouble(p.getProperty("window.width")),
                    Double.parseDouble(p.getProperty("window.height")),
                    Boolean.parseBoolean(p.getProperty("window.maximized")));
        } catch (RuntimeException e) {
            // Missing or edited by hand: the window takes its default place.
            return null;
        }
    }
}
