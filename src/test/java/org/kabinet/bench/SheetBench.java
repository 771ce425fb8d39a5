package org.kabinet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.kabinet.logic.sheets.SheetFixture;

/**
 * How fast one homework sheet (three pieces of homework, Russian) is written as PDF after a first
 * one has warmed up: median and 95th percentile over 30. Run by {@code bench/sheet.sh}.
 */
public final class SheetBench {

    private static final int RUNS = 30;

    private SheetBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("sheet-bench");
        Locale ru = Locale.forLanguageTag("ru");
        try (SheetFixture f = new SheetFixture(dir.resolve("bench.db"))) {
            Path pdf = dir.resolve("sheet.pdf");
            long first = System.nanoTime();
            f.practice.sheets().homework(f.ids(), ru, pdf);
            System.out.printf("first sheet (fonts read, classes loaded): %.1f ms%n", (System.nanoTime() - first) / 1e6);
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                f.practice.sheets().homework(f.ids(), ru, pdf);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("homework sheet: median %.1f ms, 95th percentile %.1f ms, max %.1f ms (%d runs, %d KB)%n",
                    ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[RUNS - 1], RUNS, Files.size(pdf) / 1024);
            long program = System.nanoTime();
            f.practice.sheets().program(f.practice.programs().programs().get(0).id(), ru, dir.resolve("base.pdf"));
            System.out.printf("program sheet: %.1f ms%n", (System.nanoTime() - program) / 1e6);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
