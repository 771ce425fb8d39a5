package org.kabinet;

import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import org.kabinet.cli.Cli;
import org.kabinet.model.Preferences;
import org.kabinet.storage.PreferencesFile;

/**
 * Starts Kabinet: a headless command when the first word is one ({@code help}, {@code demo},
 * {@code verify}), else the window. It does not extend {@code Application}, so a plain
 * {@code java -jar} with JavaFX on the class path can start it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogSetup.configure();
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.main(args));
        }
        AppOptions options;
        try {
            options = AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(AppOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(AppOptions.usage());
            return;
        }
        Preferences preferences = PreferencesFile.ofThisUser().read();
        // A remembered file that is not there is asked about first: nothing is opened (or made) before.
        if (options.missingRememberedFile(System.getenv(), preferences).isEmpty()) {
            Preload.begin(options.databaseFile(System.getenv(), preferences), Clock.systemDefaultZone(),
                    options.languageOrSystem(preferences).locale());
        }
        Application.launch(KabinetApp.class, args);
    }
}
