package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code httpstatus advise} on a real terminal: the launcher runs under util-linux {@code script},
 * which gives it a pseudo-terminal, and the test types arrow keys and Enter once each question is
 * on screen. Checks that raw mode works, the answer is reached, and the terminal is restored.
 */
class AdviseKeysIT {

    private static final Path LAUNCHER = Path.of("..", "httpstatus").toAbsolutePath().normalize();
    private static final String DOWN = "\u001b[B";

    @Test
    void arrowKeysAndEnterWalkTheQuestions() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec",
                LAUNCHER + " advise; echo; stty -a | grep -o ' icanon\\| -icanon'", "/dev/null");
        pb.environment().put("HTTPSTATUS_NO_REBUILD", "1");
        pb.environment().put("TERM", "xterm");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        Screen screen = new Screen(p.getInputStream());
        screen.start();
        try (OutputStream keys = p.getOutputStream()) {
            screen.await("Did the request arrive intact?");
            keys.write("\r".getBytes(StandardCharsets.US_ASCII));           // Yes: intact
            keys.flush();
            screen.await("Can the server take the request at all right now?");
            keys.write("\r".getBytes(StandardCharsets.US_ASCII));           // Yes
            keys.flush();
            screen.await("Who is the client?");
            keys.write((DOWN + DOWN).getBytes(StandardCharsets.US_ASCII));  // to answer 3
            keys.flush();
            screen.await("> 3. Anonymous");
            keys.write("\r".getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            screen.await("401 Unauthorized");
        }
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        screen.join(5_000);
        String out = screen.text();
        assertThat(out).contains("send WWW-Authenticate: always");
        assertThat(out).as("the terminal is back in canonical mode").contains(" icanon").doesNotContain(" -icanon");
    }

    @Test
    void qQuitsCleanly() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec",
                LAUNCHER + " advise; echo \"exit=$?\"; stty -a | grep -o ' icanon\\| -icanon'", "/dev/null");
        pb.environment().put("HTTPSTATUS_NO_REBUILD", "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        Screen screen = new Screen(p.getInputStream());
        screen.start();
        try (OutputStream keys = p.getOutputStream()) {
            screen.await("Did the request arrive intact?");
            keys.write('q');
            keys.flush();
            screen.await("exit=");
        }
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        screen.join(5_000);
        assertThat(screen.text()).contains("no code chosen").contains("exit=1").contains(" icanon")
                .doesNotContain("Exception");
    }

    /** Collects what the pseudo-terminal shows, for waiting on a prompt before typing. */
    private static final class Screen extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

        Screen(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (seen) {
                        seen.write(buf, 0, n);
                        seen.notifyAll();
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        }

        String text() {
            synchronized (seen) {
                return seen.toString(StandardCharsets.UTF_8);
            }
        }

        void await(String s) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            synchronized (seen) {
                while (!seen.toString(StandardCharsets.UTF_8).contains(s)) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        throw new AssertionError("never saw \"" + s + "\" on the screen:\n" + seen.toString(StandardCharsets.UTF_8));
                    }
                    seen.wait(left);
                }
            }
            Thread.sleep(100); // the prompt is drawn before raw mode reads; give it a moment
        }
    }
}
