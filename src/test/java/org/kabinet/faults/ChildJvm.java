package org.kabinet.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link FaultChild} in a JVM of its own, on this test's class path, that can be SIGKILLed. */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Path errFile;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process, Path errFile) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.errFile = errFile;
    }

    /** Starts {@code FaultChild args…}; its log goes to {@code errFile}. */
    static ChildJvm start(Path errFile, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // A quick start matters more than peak speed: the trials start hundreds of JVMs.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Djava.awt.headless=true",
                "-Duser.language=en", FaultChild.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errFile.toFile());
        return new ChildJvm(builder.start(), errFile);
    }

    /** Reads the child's lines until {@code wanted}; false when the child ended first. */
    boolean awaitLine(String wanted) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets the child run for {@code millis} more, then SIGKILLs it (destroyForcibly is SIGKILL on
     * Linux): the random moment is the point of the trial, so this is a timed wait on purpose.
     * Returns false when the child had already ended by itself.
     */
    boolean killAfter(long millis) throws InterruptedException {
        boolean ended = process.waitFor(millis, TimeUnit.MILLISECONDS);
        // Through the handle, not Process.destroyForcibly(): that closes our end of the pipe and
        // loses the lines the child printed just before dying; this only sends the SIGKILL.
        process.toHandle().destroyForcibly();
        process.waitFor();
        return !ended;
    }

    /** Waits for the child to end by itself; its exit code. */
    int await() throws InterruptedException {
        return process.waitFor();
    }

    /** Every line the child printed before it ended (the pipe keeps what was written before the kill). */
    List<String> allLines() throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
        }
        return lines;
    }

    String errors() throws IOException {
        return Files.exists(errFile) ? Files.readString(errFile) : "";
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        out.close();
    }
}
