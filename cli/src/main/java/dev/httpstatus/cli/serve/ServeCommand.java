package dev.httpstatus.cli.serve;

import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.Tls;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code httpstatus serve}: runs the test server until Ctrl-C or SIGTERM, then shuts it down
 * gracefully.
 *
 * <pre>{@code
 * httpstatus serve                       # http://127.0.0.1:8080/
 * httpstatus serve --port 0 --access-log # any free port, one log line per request
 * httpstatus serve --bind 0.0.0.0        # reachable from other machines: only when you mean it
 * httpstatus serve --tls                 # HTTPS (h2 and http/1.1 by ALPN), certificate made at start
 * httpstatus serve --cert c.pem --key k.pem   # HTTPS with your own certificate
 * }</pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the test server: any status code on demand, answered as the RFCs say.",
            "Status endpoints at /status/{code}, the catalog as JSON at /api/codes and as a page at /.",
            "HTTP/1.1 and HTTP/2: by prior knowledge or h2c upgrade on a plain port, by ALPN with --tls."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped normally (Ctrl-C or SIGTERM)", "2:bad option, or the address cannot be bound"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--access-log", description = "Print one line per request on standard output.")
    boolean accessLog;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "10000",
            description = "Open connections allowed at once; more get 503 (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Close connections silent this long (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted; larger gets 413 (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--tls", description = "Serve HTTPS with a self-signed certificate for localhost, 127.0.0.1 and ::1"
            + " generated at start (clients need -k or to trust it).")
    boolean tls;

    @Option(names = "--cert", paramLabel = "PEM", description = "Serve HTTPS with this certificate chain (PEM); needs --key.")
    Path cert;

    @Option(names = "--key", paramLabel = "PEM", description = "The unencrypted PKCS#8 private key (PEM) for --cert.")
    Path key;

    private volatile StatusServer running;

    /** The server settings the options describe; a usage error (exit 2) when they make no sense. */
    ServerConfig config() {
        ServerConfig d = ServerConfig.defaults();
        if ((cert == null) != (key == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cert and --key go together");
        }
        Tls t = cert != null ? Tls.pem(cert, key) : tls ? Tls.selfSigned() : Tls.none();
        try {
            return new ServerConfig(bind, port, accessLog, d.maxRequestLine(), d.maxHeaderBytes(), maxBody,
                    maxConnections, Duration.ofSeconds(idleSeconds), t);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatusServer server;
        try {
            server = StatusServer.start(config);
        } catch (UncheckedIOException e) {
            err.println("httpstatus serve: " + e.getCause().getMessage());
            err.flush();
            return 2;
        }
        running = server;
        Thread hook = new Thread(server::close, "httpstatus-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String host = server.address().getAddress().getHostAddress();
        host = host.contains(":") ? "[" + host + "]" : host;
        out.println("httpstatus serve: listening on " + server.scheme() + "://" + host + ":" + server.port()
                + "/  (Ctrl-C to stop)");
        out.flush();
        server.awaitClosed();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // SIGTERM got us here: the hook is running, which is what closed the server
        }
        return 0;
    }

    /** The server while {@link #call()} runs; lets tests stop it without a signal. */
    StatusServer running() {
        return running;
    }
}
