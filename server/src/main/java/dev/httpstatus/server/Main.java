package dev.httpstatus.server;

/**
 * Runs the server without the CLI, for benchmarks and containers:
 * {@code java -cp … dev.httpstatus.server.Main [--port N] [--bind ADDRESS] [--access-log]}.
 * Stops on SIGTERM or Ctrl-C. {@code httpstatus serve} is the friendlier way to the same server.
 *
 * <pre>{@code java -cp server.jar:… dev.httpstatus.server.Main --port 8080}</pre>
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.defaults();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> config = config.withPort(Integer.parseInt(value(args, ++i)));
                    case "--bind" -> config = config.withBind(value(args, ++i));
                    case "--access-log" -> config = config.withAccessLog(true);
                    default -> throw new IllegalArgumentException("unknown argument " + Text.quote(args[i])
                            + "; expected --port N, --bind ADDRESS, --access-log");
                }
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
        System.out.println("httpstatus server listening on " + server.address() + " (" + server.transport() + ")");
        server.awaitClosed();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
