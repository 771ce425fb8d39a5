package org.kabinet.ui.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.BackupListing;
import org.kabinet.logic.BackupPreview;

/** How a backup reads in the restore dialog and its messages: when it was made, its size, what it holds. */
final class RestoreTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final long MB = 1024 * 1024;

    private final Messages messages;
    private final DateFormats dates;

    RestoreTexts(Messages messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** "24 ноября 2026 г., 10:00". */
    String when(LocalDateTime at) {
        return messages.get("restore.window.when", dates.formatLong(at.toLocalDate()), TIME.format(at));
    }

    /** "340 KB", "12,4 MB": enough to tell a full practice from an empty one. */
    String size(long bytes) {
        return bytes < MB ? messages.get("restore.window.size.kb", Math.max(1, (bytes + 1023) / 1024))
                : messages.get("restore.window.size.mb", bytes / (double) MB);
    }

    /** A line of the list: when, size, and whether it is encrypted. */
    String row(BackupListing.Found found) {
        String line = messages.get("restore.window.row", when(found.madeAt()), size(found.bytes()));
        return found.encrypted() ? messages.get("restore.window.rowEncrypted", line) : line;
    }

    /** What the backup holds, shown before anything changes. */
    String holds(BackupPreview preview) {
        return messages.get("restore.window.holds", when(preview.madeAt()), preview.clients(), preview.sessions(),
                preview.notes());
    }
}
