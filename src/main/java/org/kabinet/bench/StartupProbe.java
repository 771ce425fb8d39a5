package org.kabinet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to the first frame, measured as a person sees it: a new process each time, from the
 * process's start (read from /proc by the process itself) to the frame that shows Kabinet's first
 * screen ("ready in N ms"); the same for the plainest JavaFX window of the same size in the same
 * run, so that a slow machine does not read as a slow Kabinet. Each process's largest resident size
 * is read while it is still up.
 */
final class StartupProbe {

    /** Kabinet's own launcher and the bare window, started from the same class path as this process. */
    private static final String KABINET = "org.kabinet.Main";
    private static final String BARE = "org.kabinet.ui.BareWindowProbe";
    private static final Pattern READY = Pattern.compile("ready in (\\d+) ms");
    private static final long TIMEOUT_SECONDS = 120;

    /** One start-up: the milliseconds to the first frame and the process's peak memory in MB. */
    record Start(double ms, double peakMb) {
    }

    private final Path scratch;

    StartupProbe(Path scratch) {
        this.scratch = scratch;
    }

    /** Why start-up cannot be measured here, if it cannot: "noDisplay" (no screen to show a window on). */
    static Optional<String> whyNot() {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            return Optional.of("noDisplay");
        }
        return Optional.empty();
    }

    /** One start of Kabinet over {@code file}, to Today drawn with its sessions. */
    Start kabinet(Path file) throws IOException, InterruptedException {
        return start(KABINET, "--db", file.toAbsolutePath().toString(), "--exit-after-start");
    }

    /** One start of the bare window. */
    Start bareWindow() throws IOException, InterruptedException {
        return start(BARE);
    }

    private Start start(String... mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // Its own preferences file, so that the runs never move her window or change her language.
        command.add("-Dkabinet.preferences=" + scratch.resolve("preferences.properties"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(mainAndArgs));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    double peak = PeakMemory.of(process.pid());
                    process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return new Start(Double.parseDouble(ready.group(1)), peak);
                }
            }
        } finally {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        throw new StartupFailed(process.exitValue());
    }
}
