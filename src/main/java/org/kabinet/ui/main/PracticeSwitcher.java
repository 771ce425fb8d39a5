package org.kabinet.ui.main;

import java.nio.file.Path;
import java.util.Optional;

/** Moves the window between the user's own practice file and the demo file. */
public interface PracticeSwitcher {

    /** Opens the demo practice, writing it first when there is none yet. */
    void openDemo();

    /** Leaves the demo for the practice the app was started with. */
    void openOwnPractice();

    /**
     * Restores {@code backup} (checked and confirmed) over the open practice's file: closes the
     * practice, restores in the background, then opens the file again, restored or as it was.
     */
    void restore(Path backup, Optional<String> passphrase);
}
