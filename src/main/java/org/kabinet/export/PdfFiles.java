package org.kabinet.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a PDF all or nothing: into a temporary file beside the chosen one, then moved over it,
 * so a failure (no space, no permission, the file open elsewhere) never leaves half a file.
 */
final class PdfFiles {

    private static final Logger LOG = Logger.getLogger(PdfFiles.class.getName());

    private PdfFiles() {
    }

    /** @throws ExportException {@code sheet.error.denied} or {@code sheet.error.write}, with the file */
    static void save(PDDocument doc, Path out) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            doc.save(temp.toFile());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new ExportException("sheet.error.denied", e, target);
        } catch (IOException e) {
            LOG.warning(() -> "could not save a sheet: " + e.getClass().getSimpleName());
            throw new ExportException("sheet.error.write", e, target, String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warning(() -> "could not remove a temporary sheet file: " + e.getMessage());
            }
        }
    }
}
