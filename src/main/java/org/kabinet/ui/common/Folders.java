package org.kabinet.ui.common;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Shows a folder in the system's file manager, for "Open folder" after writing a file. */
public final class Folders {

    private static final Logger LOG = Logger.getLogger(Folders.class.getName());

    private Folders() {
    }

    /** Whether this system can open a folder in its file manager. */
    public static boolean canOpen() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /** Opens {@code folder}; the file manager waits for nobody: not the FX thread, not the database worker. */
    public static void open(Path folder) {
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "could not open a folder in the file manager", e);
            }
        }, "kabinet-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
