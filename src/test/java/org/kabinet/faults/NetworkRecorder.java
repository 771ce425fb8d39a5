package org.kabinet.faults;

import java.io.IOException;
import java.net.SocketPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A security manager that permits everything and writes down every attempt at the network
 * (connect, listen, accept, multicast, any {@link SocketPermission}), with where it came from.
 * Java 17 still lets a test install one; later Javas need {@code -Djava.security.manager=allow}.
 */
final class NetworkRecorder extends SecurityManager {

    private final List<String> attempts = new CopyOnWriteArrayList<>();

    List<String> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof SocketPermission) {
            record(perm.toString());
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    @Override
    public void checkConnect(String host, int port) {
        record("connect " + host + ":" + port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        record("connect " + host + ":" + port);
    }

    @Override
    public void checkListen(int port) {
        record("listen " + port);
    }

    @Override
    public void checkAccept(String host, int port) {
        record("accept " + host + ":" + port);
    }

    @Override
    public void checkMulticast(java.net.InetAddress address) {
        record("multicast " + address);
    }

    private void record(String what) {
        String where = Arrays.stream(new Throwable().getStackTrace()).skip(2).limit(12)
                .map(StackTraceElement::toString).collect(Collectors.joining(" < "));
        attempts.add(what + " from " + where);
    }

    /**
     * The TCP and UDP sockets (IPv4 and IPv6) this process holds now: the inodes of its open
     * socket descriptors that the kernel's tables list. Empty where /proc is not there.
     */
    static Set<String> inetSocketsHeld() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return Set.of();
        }
        Set<String> sockets = new HashSet<>();
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException gone) {
                    // The descriptor closed while we listed: it holds nothing now.
                }
            }
        }
        Set<String> inet = new HashSet<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = Path.of("/proc/self/net", table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 9 && sockets.contains(fields[9])) {
                    inet.add(table + " inode " + fields[9] + " local " + fields[1] + " remote " + fields[2]);
                }
            }
        }
        return inet;
    }
}
