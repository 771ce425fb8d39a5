package org.kabinet.logic;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kabinet.storage.BackupCipher;

/**
 * Which backups to keep in the backup folder: the newest of each of the last {@link #DAILY} days
 * that have one, and the newest of each of the last {@link #MONTHLY} months that have one; the rest
 * may go. Only Kabinet's own backup names are ever considered, so nothing else in the folder is
 * touched.
 */
public final class BackupRotation {

    public static final int DAILY = 10;
    public static final int MONTHLY = 12;

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'kabinet-'yyyy-MM-dd-HHmmss'.db'");

    private BackupRotation() {
    }

    /**
     * When a backup named as Kabinet names them was made (plain, or encrypted with
     * {@link BackupCipher#SUFFIX}); empty for any other file.
     */
    public static Optional<LocalDateTime> madeAt(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(BackupCipher.SUFFIX)) {
            name = name.substring(0, name.length() - BackupCipher.SUFFIX.length());
        }
        try {
            return Optional.of(LocalDateTime.parse(name, NAME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The name of a backup made at {@code at}. */
    static String nameAt(LocalDateTime at) {
        return NAME.format(at);
    }

    /** Of these files, the backups rotation lets go (never one that is not Kabinet's). */
    public static List<Path> toDelete(List<Path> files) {
        List<Path> backups = new ArrayList<>(files.stream().filter(f -> madeAt(f).isPresent()).toList());
        backups.sort(Comparator.comparing((Path f) -> madeAt(f).orElseThrow()).reversed());
        Map<Object, Path> newestOfDay = new LinkedHashMap<>();
        Map<Object, Path> newestOfMonth = new LinkedHashMap<>();
        for (Path f : backups) {
            LocalDateTime at = madeAt(f).orElseThrow();
            newestOfDay.putIfAbsent(at.toLocalDate(), f);
            newestOfMonth.putIfAbsent(YearMonth.from(at), f);
        }
        Set<Path> keep = new HashSet<>();
        newestOfDay.values().stream().limit(DAILY).forEach(keep::add);
        newestOfMonth.values().stream().limit(MONTHLY).forEach(keep::add);
        return backups.stream().filter(f -> !keep.contains(f)).toList();
    }
}
