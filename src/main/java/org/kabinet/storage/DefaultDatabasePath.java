package org.kabinet.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Kabinet keeps its file when nobody says otherwise, following each system's convention
 * for per-user application data.
 */
public final class DefaultDatabasePath {

    public static final String FILE_NAME = "kabinet.db";
    public static final String DEMO_FILE_NAME = "kabinet-demo.db";

    private DefaultDatabasePath() {
    }

    /** The folder for Kabinet's data on this system. */
    public static Path dataDirectory() {
        return dataDirectory(System.getProperty("os.name"), System.getenv(),
                System.getProperty("user.home"));
    }

    /** The same, from explicit inputs, so that every system's rule is testable anywhere. */
    static Path dataDirectory(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Kabinet");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Kabinet");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("kabinet");
    }

    /** The database the app opens by default. */
    public static Path database() {
        return dataDirectory().resolve(FILE_NAME);
    }

    /** The demo practice, kept in a file of its own so it never mixes with real records. */
    public static Path demoDatabase() {
        return dataDirectory().resolve(DEMO_FILE_NAME);
    }
}
