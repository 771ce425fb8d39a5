package org.kabinet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The computer a benchmark ran on, so that figures from different machines are not compared blindly. */
public record Machine(String os, String cpu, int cpus, double memoryGb, String jdk) {

    static Machine thisOne() {
        String cpu = firstValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
        double memoryGb = firstValue("/proc/meminfo", "MemTotal")
                .map(kb -> Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0).orElse(0.0);
        return new Machine(System.getProperty("os.name") + " " + System.getProperty("os.version"), cpu,
                Runtime.getRuntime().availableProcessors(), memoryGb,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    private static Optional<String> firstValue(String file, String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(name)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
