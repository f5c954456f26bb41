package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.httpstatus.cli.render.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root command line leaves "@file" to the commands: check's -d @body sends the file's bytes. */
class AtFileArgumentTest {

    @Test
    void checkDataFromAFileReachesTheServer(@TempDir Path dir) throws IOException {
        Path body = dir.resolve("body.json");
        Files.writeString(body, "{\"name\":\"teapot\"}");
        AtomicReference<String> received = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/items", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Location", "/items/1");
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/items";
            int exit = Cli.commandLine(Terminal.PLAIN, new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("check", url, "-d", "@" + body);
            assertThat(err.toString()).isEmpty();
            assertThat(exit).isZero();
            assertThat(received.get()).isEqualTo("{\"name\":\"teapot\"}");
        } finally {
            server.stop(0);
        }
    }
}
