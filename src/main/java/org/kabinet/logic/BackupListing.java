package org.kabinet.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The backups in a folder that she can choose from to restore: only files named as Kabinet names
 * its backups (plain {@code kabinet-YYYY-MM-DD-HHMMSS-ID.db} or encrypted {@code ….db.enc}; also
 * older ones named without the practice's id), of any practice, newest first. Anything else in the
 * folder is not listed. Call from a background thread.
 */
public final class BackupListing {

    private static final Logger LOG = Logger.getLogger(BackupListing.class.getName());
    private BackupListing() {
    }

    /** One backup found: when it was made (from its name), its size, and whether it needs a passphrase. */
    public record Found(Path file, LocalDateTime madeAt, long bytes, boolean encrypted) {
    }

    /** The Kabinet backups in {@code folder}, newest first; none when the folder is missing or unreadable. */
    public static List<Found> in(Path folder) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Files::isRegularFile).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the backup folder", e);
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Path f : files) {
            BackupRotation.madeAt(f).ifPresent(at -> {
                try {
                    found.add(new Found(f, at, Files.size(f), RestoreService.needsPassphrase(f)));
                } catch (IOException e) {
                    LOG.log(Level.FINE, "a backup vanished while listing", e);
                }
            });
        }
        found.sort(Comparator.comparing(Found::madeAt).reversed());
        return found;
    }
}
