package org.kabinet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kabinet.logic.Practice;
import org.kabinet.storage.BackupFiles;

/**
 * How long a backup of a big practice takes (argument: the file; {@code bench/backup.sh} makes one
 * of 5,000 clients and 200,000 notes), beside the sqlite3 shell's {@code .backup} of the same file.
 * Kabinet's backup is timed whole (copy, make it standalone, SQLite's full integrity check, flush
 * to disk, name it) and its copy alone; the shell does only the copy.
 */
public final class BackupBench {

    private static final int RUNS = 5;

    private BackupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Files.createTempDirectory("backup-bench");
        List<Double> whole = new ArrayList<>();
        List<Double> check = new ArrayList<>();
        List<Double> sealed = new ArrayList<>();
        try (Practice practice = Practice.openAsItIs(file, Clock.systemDefaultZone())) {
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                BackupFiles.Written w = practice.backups().backUp(out.resolve("run" + i), (pages, of) -> { });
                whole.add((System.nanoTime() - started) / 1e6);
                long checkStarted = System.nanoTime();
                integrity(w.file());
                check.add((System.nanoTime() - checkStarted) / 1e6);
            }
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                practice.backups().backUpEncrypted(out.resolve("sealed" + i), "a passphrase for the benchmark",
                        (pages, of) -> { });
                sealed.add((System.nanoTime() - started) / 1e6);
            }
        }
        List<Double> shell = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path target = out.resolve("shell" + i + ".db");
            long started = System.nanoTime();
            Process p = new ProcessBuilder("sqlite3", file.toString(), ".backup " + target).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("sqlite3 .backup failed");
            }
            shell.add((System.nanoTime() - started) / 1e6);
        }
        double k = median(whole);
        double c = median(check);
        double s = median(shell);
        System.out.printf("file: %.0f MB%n", Files.size(file) / 1e6);
        System.out.printf("Kabinet backup, whole (copy, check, flush, name): median %.0f ms%n", k);
        System.out.printf("  of which SQLite's full integrity check of the copy: about %.0f ms%n", c);
        System.out.printf("  the copy without the check: about %.0f ms%n", k - c);
        System.out.printf("sqlite3 shell .backup (copy only):                median %.0f ms%n", s);
        System.out.printf("ratio, copy to copy: %.2fx; whole to the shell's copy: %.2fx%n", (k - c) / s, k / s);
        System.out.printf("Kabinet encrypted backup (the above, then sealed, read back, authenticated): median %.0f ms (%.2fx the shell's copy)%n",
                median(sealed), median(sealed) / s);
    }

    private static void integrity(Path copy) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
