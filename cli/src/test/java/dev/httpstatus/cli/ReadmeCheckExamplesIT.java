package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code httpstatus check} examples, run as written from the checkout's root with the
 * launcher: the whole block in one bash, server and {@code kill %1} included.
 */
class ReadmeCheckExamplesIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The sh block under "## Checking traffic". */
    static String checkBlock() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Checking traffic");
        int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theBlockUsesFilesThatExist() throws IOException {
        String block = checkBlock();
        assertThat(block).contains("./httpstatus check examples/session.har");
        for (String file : List.of("examples/session.har", "examples/dump.http", "examples/body.json")) {
            assertThat(block).contains(file);
            assertThat(ROOT.resolve(file)).isRegularFile();
        }
    }

    @Test
    void theBlockRunsAsWritten() throws Exception {
        Assumptions.assumeTrue(portFree(8080), "port 8080 is taken on this machine");
        Path sarif = ROOT.resolve("check.sarif");
        Files.deleteIfExists(sarif);
        // Job control on, so that the block's `kill %1` finds the server it started with `&`.
        Process p = new ProcessBuilder("bash", "--norc", "--noprofile", "-m", "-c", checkBlock())
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(3, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        try {
            assertThat(done).as(out).isTrue();
            assertThat(out).contains("examples/session.har entry 1")
                    .contains("401-without-www-authenticate")
                    .contains("2 errors, 0 warnings")                    // dump.http
                    .contains("listening on http://127.0.0.1:8080/")
                    .doesNotContain("Usage:").doesNotContain("Exception").doesNotContain("No such file");
            assertThat(out.split("1 input, 1 entry read: 1 checked", -1)).as("the two live checks").hasSize(3);
            assertThat(sarif).isRegularFile();
            // `kill %1` asks the server to stop; its graceful close takes a moment.
            long deadline = System.currentTimeMillis() + 15_000;
            while (!portFree(8080) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(portFree(8080)).as("the block stops its server").isTrue();
        } finally {
            Files.deleteIfExists(sarif);
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
