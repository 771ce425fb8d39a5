package org.kabinet.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A real small filesystem (tmpfs of a given size) mounted on a folder, for full-disk tests. Mounting
 * needs root; where that fails, {@link #mount} says why, and the test is skipped with that reason.
 */
final class Tmpfs implements AutoCloseable {

    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code dir} (made if missing), or empty with {@code why} filled. */
    static Optional<Tmpfs> mount(Path dir, int kilobytes, StringBuilder why) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs",
                dir.toString()).redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (mount.waitFor() != 0) {
            why.append("cannot mount a tmpfs (needs root; user ").append(System.getProperty("user.name"))
                    .append("): ").append(said);
            return Optional.empty();
        }
        return Optional.of(new Tmpfs(dir));
    }

    Path dir() {
        return dir;
    }

    /** Fills the filesystem up to {@code leaveBytes} free with a file that {@link #free} deletes. */
    void fillLeaving(long leaveBytes) throws IOException {
        long free = Files.getFileStore(dir).getUsableSpace();
        if (free > leaveBytes) {
            byte[] block = new byte[(int) (free - leaveBytes)];
            Files.write(dir.resolve("filler.bin"), block);
        }
    }

    void free() throws IOException {
        Files.deleteIfExists(dir.resolve("filler.bin"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", dir.toString()).inheritIO().start().waitFor();
    }
}
