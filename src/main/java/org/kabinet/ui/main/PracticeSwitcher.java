package org.kabinet.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import org.kabinet.i18n.Language;
import org.kabinet.ui.common.Theme;

/**
 * What the window asks of the application as a whole: moving between practice files (the
 * user's own, another one, the demo) and changing what every window follows (language, theme).
 */
public interface PracticeSwitcher {

    /** Opens the demo practice, writing it first when there is none yet. */
    void openDemo();

    /** Leaves the demo for the practice the app was started with. */
    void openOwnPractice();

    /**
     * Opens {@code file} (created when it does not exist yet) in place of the open practice,
     * once nothing unsaved is at risk; it becomes her own practice, opened at the next start too.
     * A refused file is explained and the practice she had stays open.
     */
    void openFile(Path file);

    /**
     * Restores {@code backup} (checked and confirmed) over the open practice's file: closes the
     * practice, restores in the background, then opens the file again, restored or as it was.
     */
    void restore(Path backup, Optional<String> passphrase);

    /** The theme every window has now. */
    Theme theme();

    /** Switches every window to {@code theme} at once and remembers it. */
    void changeTheme(Theme theme);

    /**
     * Rebuilds the window in {@code language} once unsaved work is saved, showing the same
     * screen, and remembers the choice for the next start.
     */
    void changeLanguage(Language language);

    /** Closes the app as the window's close button does (Ctrl+Q): unsaved work settled first. */
    void quit();
}
