package org.kabinet.logic;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
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
 * may go. A backup is named after its practice file and carries the practice's id ("kabinet.db" →
 * "kabinet-2026-11-25-190000-3f9a0c12.db"), and rotation weighs only the backups with this
 * practice's name and id. File names alone cannot tell practices apart ("практика.db" and
 * "практика.sqlite", two "kabinet.db" backing up onto one stick), and one practice must never
 * rotate away another's backups. Nothing else in the folder is touched, nor backups named before
 * names carried an id ("kabinet-2026-11-25-190000.db"), which are still listed and restored.
 */
public final class BackupRotation {

    public static final int DAILY = 10;
    public static final int MONTHLY = 12;

    /** The name of the backups of a practice file whose name leaves nothing usable, such as ".db". */
    public static final String DEFAULT_PREFIX = "kabinet";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}");
    /** Practice name, when, and (since backups carry it) the practice's id, before ".db". */
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(" + ID + "))?\\.db");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupRotation() {
    }

    /**
     * When a backup named as Kabinet names them, with or without the practice's id, was made
     * (plain, or encrypted with {@link BackupCipher#SUFFIX}); empty for any other file.
     */
    public static Optional<LocalDateTime> madeAt(Path file) {
        return name(file).map(m -> LocalDateTime.parse(m.group(2), STAMP));
    }

    /** The practice a backup was named after ("kabinet" for kabinet.db); empty for any other file. */
    static Optional<String> prefixOf(Path file) {
        return name(file).map(m -> m.group(1));
    }

    /** The id of the practice a backup was made of; empty for a backup named before backups carried it. */
    static Optional<String> idOf(Path file) {
        return name(file).flatMap(m -> Optional.ofNullable(m.group(3)));
    }

    /** The parts of a backup's name, once its time stamp is a real time (not 2026-13-45…). */
    private static Optional<Matcher> name(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(BackupCipher.SUFFIX)) {
            name = name.substring(0, name.length() - BackupCipher.SUFFIX.length());
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime.parse(m.group(2), STAMP);
            return Optional.of(m);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A new random practice id: eight lowercase hex digits. */
    static String newId() {
        return HexFormat.of().toHexDigits(RANDOM.nextInt());
    }

    /** Whether {@code id} is a practice id as {@link #newId()} makes them, so that names carrying it parse. */
    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * The name the backups of {@code practiceFile} carry: its name without its extension, with
     * anything but letters, digits, "-" and "_" made "_" so that it is a safe file name everywhere.
     */
    public static String prefixFor(Path practiceFile) {
        String name = practiceFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String safe = stem.replaceAll("[^\\p{L}\\p{N}_-]", "_");
        return safe.isEmpty() ? DEFAULT_PREFIX : safe;
    }

    /** The name of a backup of the practice {@code prefix} with the id {@code id} made at {@code at}. */
    static String nameAt(String prefix, LocalDateTime at, String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a practice id");
        }
        return prefix + "-" + STAMP.format(at) + "-" + id + ".db";
    }

    /**
     * Of these files, the backups of the practice named {@code prefix} with the id {@code id} that
     * rotation lets go: never a file that is not a Kabinet backup, another practice's backup, or a
     * backup whose name carries no id (older ones: whose they are cannot be told).
     */
    public static List<Path> toDelete(String prefix, String id, List<Path> files) {
        List<Path> backups = new ArrayList<>(files.stream()
                .filter(f -> prefixOf(f).filter(prefix::equals).isPresent() && idOf(f).filter(id::equals).isPresent())
                .toList());
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
