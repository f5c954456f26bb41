package dev.httpstatus.server;

/**
 * Runs the server without the CLI, for benchmarks and containers:
 * {@code java -cp … dev.httpstatus.server.Main [--port N] [--bind ADDRESS] [--access-log] [--tls [--cert PEM --key PEM]]}.
 * Stops on SIGTERM or Ctrl-C. {@code httpstatus serve} is the friendlier way to the same server.
 *
 * <pre>{@code java -cp server.jar:… dev.httpstatus.server.Main --port 8080}</pre>
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.defaults();
        boolean tls = false;
        java.nio.file.Path cert = null;
        java.nio.file.Path key = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> config = config.withPort(Integer.parseInt(value(args, ++i)));
                    case "--bind" -> config = config.withBind(value(args, ++i));
                    case "--access-log" -> config = config.withAccessLog(true);
                    case "--tls" -> tls = true;
                    case "--cert" -> cert = java.nio.file.Path.of(value(args, ++i));
                    case "--key" -> key = java.nio.file.Path.of(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown argument " + Text.quote(args[i])
                            + "; expected --port N, --bind ADDRESS, --access-log, --tls, --cert FILE, --key FILE");
                }
            }
            if ((cert == null) != (key == null)) {
                throw new IllegalArgumentException("--cert and --key go together");
            }
            if (tls || cert != null) {
                config = config.withTls(cert == null ? Tls.selfSigned() : Tls.pem(cert, key));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("httpstatus server: " + e.getMessage());
            System.exit(2);
        }
        StatusServer server;
        try {
            server = StatusServer.start(config);
        } catch (java.io.UncheckedIOException e) {
            System.err.println("httpstatus server: " + e.getCause().getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("httpstatus server: shutting down");
            server.close();
            System.out.println("httpstatus server: stopped");
            System.out.flush();
        }, "httpstatus-shutdown"));
        System.out.println("httpstatus server listening on " + server.address() + " (" + server.transport() + ", "
                + server.scheme() + ")");
        server.awaitClosed();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
