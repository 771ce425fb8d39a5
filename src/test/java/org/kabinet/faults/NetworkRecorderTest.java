package org.kabinet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** The recorder NoNetworkTest relies on does see a connection attempt (a refused one, to this machine). */
class NetworkRecorderTest {

    @Test
    void recorder_whenCodeConnects_recordsTheAttempt() {
        NetworkRecorder recorder = new NetworkRecorder();
        SecurityManager before = System.getSecurityManager();
        System.setSecurityManager(recorder);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 9), 200);
        } catch (IOException refused) {
            // Nothing listens on the discard port; the attempt is what counts.
        } finally {
            System.setSecurityManager(before);
        }
        assertThat(recorder.attempts()).anySatisfy(a -> assertThat(a).contains("127.0.0.1"));
    }
}
