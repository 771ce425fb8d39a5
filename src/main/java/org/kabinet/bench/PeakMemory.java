package org.kabinet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The largest resident size a process has had so far (Linux's VmHWM, "high water mark"), in MB;
 * 0 where /proc does not exist (other systems): the report then says it was not measured.
 */
final class PeakMemory {

    private PeakMemory() {
    }

    static double ofThisProcess() {
        return of(ProcessHandle.current().pid());
    }

    static double of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is already gone: not measured.
        }
        return 0;
    }
}
