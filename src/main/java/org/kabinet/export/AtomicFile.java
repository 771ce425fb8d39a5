package org.kabinet.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/**
 * Writes a file all or nothing (a sheet, a calendar): into a temporary file beside the chosen one,
 * then moved over it, so a failure (no space, no permission, the file open elsewhere) never leaves
 * half a file under her name.
 */
final class AtomicFile {

    private static final Logger LOG = Logger.getLogger(AtomicFile.class.getName());

    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** @throws ExportException {@code sheet.error.denied} or {@code sheet.error.write}, with the file */
    static void write(Path out, Content content) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream stream = Files.newOutputStream(temp)) {
                content.writeTo(stream);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new ExportException("sheet.error.denied", e, target);
        } catch (IOException e) {
            LOG.warning(() -> "could not write a file: " + e.getClass().getSimpleName());
            throw new ExportException("sheet.error.write", e, target, String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warning(() -> "could not remove a temporary file: " + e.getMessage());
                }
            }
        }
    }
}
