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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kabinet.storage.BackupCipher;

/**
 * Which backups to keep in the backup folder: the newest of each of the last {@link #DAILY} days
 * that have one, and the newest of each of the last {@link #MONTHLY} months that have one; the rest
 * may go. Only Kabinet's own backup names are ever considered, so nothing else in the folder is
 * touched. A backup is named after its practice file ("kabinet.db" → "kabinet-2026-11-25-190000.db"),
 * and rotation weighs only the backups of the practice being backed up: two practice files side
 * by side share the folder beside them, and one must never rotate away the other's backups.
 */
public final class BackupRotation {

    public static final int DAILY = 10;
    public static final int MONTHLY = 12;

    /** The name of the backups of the default practice file, kabinet.db. */
    public static final String DEFAULT_PREFIX = "kabinet";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    /** Practice name, then when: the stamp is the last 17 characters before ".db". */
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.db");

    private BackupRotation() {
    }

    /**
     * When a backup named as Kabinet names them was made (plain, or encrypted with
     * {@link BackupCipher#SUFFIX}); empty for any other file.
     */
    public static Optional<LocalDateTime> madeAt(Path file) {
        return name(file).flatMap(m -> {
            try {
                return Optional.of(LocalDateTime.parse(m.group(2), STAMP));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** The practice a backup was named after ("kabinet" for kabinet.db); empty for any other file. */
    static Optional<String> prefixOf(Path file) {
        return madeAt(file).flatMap(at -> name(file)).map(m -> m.group(1));
    }

    private static Optional<Matcher> name(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(BackupCipher.SUFFIX)) {
            name = name.substring(0, name.length() - BackupCipher.SUFFIX.length());
        }
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /**
     * The name the backups of {@code practiceFile} carry: its name without ".db", with anything
     * but letters, digits, "-" and "_" made "_" so that it is a safe file name everywhere.
     */
    public static String prefixFor(Path practiceFile) {
        String name = practiceFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String safe = stem.replaceAll("[^\\p{L}\\p{N}_-]", "_");
        return safe.isEmpty() ? DEFAULT_PREFIX : safe;
    }

    /** The name of a backup of the default practice made at {@code at}. */
    static String nameAt(LocalDateTime at) {
        return nameAt(DEFAULT_PREFIX, at);
    }

    /** The name of a backup of the practice {@code prefix} made at {@code at}. */
    static String nameAt(String prefix, LocalDateTime at) {
        return prefix + "-" + STAMP.format(at) + ".db";
    }

    /** Of these files, the default practice's backups rotation lets go. */
    public static List<Path> toDelete(List<Path> files) {
        return toDelete(DEFAULT_PREFIX, files);
    }

    /**
     * Of these files, the backups of the practice {@code prefix} that rotation lets go (never a
     * file that is not a Kabinet backup, nor another practice's backup).
     */
    public static List<Path> toDelete(String prefix, List<Path> files) {
        List<Path> backups = new ArrayList<>(files.stream()
                .filter(f -> prefixOf(f).filter(prefix::equals).isPresent()).toList());
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
