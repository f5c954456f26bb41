package dev.httpstatus.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void defaultsAreLoopbackPort8080() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs();
        assertThat(cmd.config().bind()).isEqualTo("127.0.0.1");
        assertThat(cmd.config().port()).isEqualTo(8080);
        assertThat(cmd.config().accessLog()).isFalse();
    }

    @Test
    void optionsReachTheConfig() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--port", "9090", "--bind", "::1", "--access-log", "--max-connections", "5",
                "--idle-timeout", "3", "--max-body", "100");
        assertThat(cmd.config()).satisfies(c -> {
            assertThat(c.port()).isEqualTo(9090);
            assertThat(c.bind()).isEqualTo("::1");
            assertThat(c.accessLog()).isTrue();
            assertThat(c.maxConnections()).isEqualTo(5);
            assertThat(c.idleTimeout().getSeconds()).isEqualTo(3);
            assertThat(c.maxBodyBytes()).isEqualTo(100);
        });
    }

    @Test
    void tlsOptionsChooseTheCertificate() {
        ServeCommand plain = new ServeCommand();
        new CommandLine(plain).parseArgs();
        assertThat(plain.config().tls().enabled()).isFalse();
        ServeCommand generated = new ServeCommand();
        new CommandLine(generated).parseArgs("--tls");
        assertThat(generated.config().tls()).isEqualTo(dev.httpstatus.server.Tls.selfSigned());
        ServeCommand files = new ServeCommand();
        new CommandLine(files).parseArgs("--cert", "c.pem", "--key", "k.pem");
        assertThat(files.config().tls().certificate()).contains(java.nio.file.Path.of("c.pem"));
        assertThat(files.config().tls().privateKey()).contains(java.nio.file.Path.of("k.pem"));
    }

    @Test
    void certWithoutKeyOrUnreadableFilesExitWith2() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand());
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("--cert", "c.pem")).isEqualTo(2);
        assertThat(err.toString()).contains("--cert and --key go together");
        java.nio.file.Path junk = java.nio.file.Files.createTempFile("httpstatus", ".pem");
        try {
            java.nio.file.Files.writeString(junk, "not a certificate");
            StringWriter err2 = new StringWriter();
            CommandLine cl2 = new CommandLine(new ServeCommand());
            cl2.setErr(new PrintWriter(err2));
            assertThat(cl2.execute("--port", "0", "--cert", junk.toString(), "--key", junk.toString())).isEqualTo(2);
            assertThat(err2.toString()).contains(junk.toString()).doesNotContain("\tat ");
        } finally {
            java.nio.file.Files.deleteIfExists(junk);
        }
    }

    @Test
    void servesHttpsWithTls() throws Exception {
        ServeCommand cmd = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--port", "0", "--tls"));
        for (int i = 0; i < 400 && cmd.running() == null; i++) {
            Thread.sleep(25);
        }
        assertThat(cmd.running()).as("server started").isNotNull();
        assertThat(cmd.running().certificate()).isPresent();
        cmd.running().close();
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).contains("listening on https://127.0.0.1:");
    }

    @Test
    void badOptionsAreUsageErrors() {
        for (String[] args : new String[][] {{"--port", "70000"}, {"--port", "x"}, {"--idle-timeout", "0"},
                {"--max-connections", "-1"}, {"--frobnicate"}}) {
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new ServeCommand());
            cl.setErr(new PrintWriter(err));
            assertThat(cl.execute(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).as(String.join(" ", args)).isNotBlank();
        }
    }

    @Test
    void servesUntilStopped() throws Exception {
        ServeCommand cmd = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--port", "0"));
        for (int i = 0; i < 200 && cmd.running() == null; i++) {
            Thread.sleep(25);
        }
        assertThat(cmd.running()).as("server started").isNotNull();
        int port = cmd.running().port();
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status/418")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(418);
        cmd.running().close();
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).contains("listening on http://127.0.0.1:" + port + "/");
    }

    @Test
    void busyPortIsReportedWithExit2() {
        try (var blocker = dev.httpstatus.server.StatusServer.start(
                dev.httpstatus.server.ServerConfig.defaults().withPort(0))) {
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new ServeCommand());
            cl.setErr(new PrintWriter(err));
            assertThat(cl.execute("--port", String.valueOf(blocker.port()))).isEqualTo(2);
            assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + blocker.port());
        }
    }
}
