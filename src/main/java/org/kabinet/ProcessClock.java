package org.kabinet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How long this process has been running, for the start-up figure {@code --exit-after-start}
 * prints. {@link ProcessHandle.Info#startInstant()} cannot be used for that: on Linux it adds the
 * boot time, which the kernel gives in whole seconds, so it is off by up to a second. The kernel
 * gives the process's age since boot in clock ticks, and the time since boot to the hundredth.
 */
public final class ProcessClock {

    /** Linux's USER_HZ: the unit of /proc/self/stat's start time, 100 on every architecture. */
    private static final long TICKS_PER_SECOND = 100;
    /** The start time's field in /proc/self/stat, counted after the command's closing bracket. */
    private static final int START_TIME_FIELD = 20;

    private ProcessClock() {
    }

    /** Milliseconds since this process started. */
    public static long millisSinceStart() {
        return fromProc().orElseGet(() -> ProcessHandle.current().info().startInstant()
                .map(started -> Duration.between(started, Instant.now()).toMillis())
                .orElse(0L));
    }

    private static OptionalLong fromProc() {
        try {
            String uptime = Files.readString(Path.of("/proc/uptime"));
            String stat = Files.readString(Path.of("/proc/self/stat"));
            return OptionalLong.of(age(stat, uptime));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The age in milliseconds from /proc/self/stat and /proc/uptime as read. */
    static long age(String stat, String uptime) {
        // The command name may hold spaces and brackets; the fields after its last ')' do not.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long startedTicks = Long.parseLong(fields[START_TIME_FIELD - 1]);
        double upSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
        return Math.round(upSeconds * 1000) - startedTicks * 1000 / TICKS_PER_SECOND;
    }
}
