package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void sigtermStopsTheServerAndReleasesThePort() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.httpstatus.server.Main", "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            Matcher m = Pattern.compile("listening on /127\\.0\\.0\\.1:(\\d+)").matcher(String.valueOf(first));
            assertThat(m.find()).as("first line: %s", first).isTrue();
            int port = Integer.parseInt(m.group(1));
            try (RawClient c = new RawClient(port)) {
                c.send("GET /status/204 HTTP/1.1\r\nHost: t\r\n\r\n");
                assertThat(c.head()).startsWith("HTTP/1.1 204");
            }
            p.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
            assertThat(p.waitFor(15, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            StringBuilder rest = new StringBuilder();
            for (String line; (line = out.readLine()) != null; ) {
                rest.append(line).append('\n');
            }
            assertThat(rest.toString()).contains("shutting down").contains("stopped").doesNotContain("Exception");
            boolean refused = false;
            try {
                new Socket("127.0.0.1", port).close();
            } catch (ConnectException e) {
                refused = true;
            }
            assertThat(refused).as("port released").isTrue();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void closeWaitsForDelayedReplies() throws Exception {
        StatusServer server = StatusServer.start(ServerConfig.defaults().withPort(0));
        CompletableFuture<HttpResponse<String>> reply;
        try {
            // HTTP/1.1: an h2c upgrade first loads the HTTP/2 classes, which can outlast the wait below.
            reply = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/status/202?delay=1500"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.openConnections() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200); // the request is read and its reply scheduled
        } finally {
            server.close();
        }
        assertThat(reply.get(5, TimeUnit.SECONDS).statusCode()).as("the delayed reply was written before the loops stopped").isEqualTo(202);
    }

    @Test
    void usesEpollOnLinuxX86() {
        boolean linuxX86 = System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").matches("amd64|x86_64");
        try (StatusServer server = StatusServer.start(ServerConfig.defaults().withPort(0))) {
            assertThat(server.transport()).isEqualTo(linuxX86 ? "epoll" : "nio");
        }
    }

    @Test
    void mainRejectsUnknownArguments() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.httpstatus.server.Main", "--prot", "1").redirectErrorStream(true).start();
        assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("--prot");
    }

    @Test
    void mainReportsABusyPortWithoutAStackTrace() throws Exception {
        try (StatusServer busy = StatusServer.start(ServerConfig.defaults().withPort(0))) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "dev.httpstatus.server.Main", "--port", String.valueOf(busy.port())).redirectErrorStream(true).start();
            assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(out).contains("cannot listen on 127.0.0.1:" + busy.port()).doesNotContain("\tat ");
        }
    }

    @Test
    void accessLogLineCannotBeForged() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AccessLog log = AccessLog.to(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Reply r = new Reply(404);
        r.body = new byte[12];
        log.line(new EmbeddedChannel(), "GET", "/x\n2026 fake \"line\"", r, System.nanoTime());
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertThat(line).endsWith("ms" + System.lineSeparator()).contains("\"GET /x?2026 fake ?line?\" 404 12 ");
        assertThat(line.lines()).hasSize(1);
        assertThat(AccessLog.off().enabled()).isFalse();
    }
}
