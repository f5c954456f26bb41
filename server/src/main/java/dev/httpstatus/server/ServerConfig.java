package dev.httpstatus.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link StatusServer} listens and what it accepts. Immutable; start from {@link #defaults()}
 * and change what you need with the {@code with…} methods.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.defaults().withPort(0).withAccessLog(true);
 * try (StatusServer server = StatusServer.start(config)) {
 *     int port = server.port();   // the ephemeral port chosen by the system
 * }
 * }</pre>
 *
 * @param bind            address to listen on; loopback unless the user asks otherwise
 * @param port            TCP port, 0 for any free port
 * @param accessLog       whether to print one line per request on standard output
 * @param maxRequestLine  longest request line accepted, in bytes (longer: 414)
 * @param maxHeaderBytes  largest header section accepted, in bytes (larger: 431)
 * @param maxBodyBytes    largest request content accepted, in bytes (larger: 413)
 * @param maxConnections  open connections allowed at once (more: 503 and close)
 * @param idleTimeout     how long a connection may stay silent before it is closed
 * @param tls             plain HTTP, or HTTPS and with which certificate
 */
public record ServerConfig(String bind, int port, boolean accessLog, int maxRequestLine,
        int maxHeaderBytes, int maxBodyBytes, int maxConnections, Duration idleTimeout, Tls tls) {

    /** Listens on loopback only, so nothing is exposed unless asked for. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8080;

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(tls, "tls");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("bind address is empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
        }
        positive("maxRequestLine", maxRequestLine);
        positive("maxHeaderBytes", maxHeaderBytes);
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative, got " + maxBodyBytes);
        }
        positive("maxConnections", maxConnections);
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /** 127.0.0.1:8080, plain HTTP, no access log, 8 KiB request line and headers, 1 MiB body, 10 000 connections, 60 s idle. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, false, 8192, 8192, 1 << 20, 10_000,
                Duration.ofSeconds(60), Tls.none());
    }

    /** A copy listening on {@code bind}. */
    public ServerConfig withBind(String bind) {
        return new ServerConfig(bind, port, accessLog, maxRequestLine, maxHeaderBytes, maxBodyBytes,
                maxConnections, idleTimeout, tls);
    }

    /** A copy listening on {@code port} (0 for any free port). */
    public ServerConfig withPort(int port) {
        return new ServerConfig(bind, port, accessLog, maxRequestLine, maxHeaderBytes, maxBodyBytes,
                maxConnections, idleTimeout, tls);
    }

    /** A copy that does or does not log each request. */
    public ServerConfig withAccessLog(boolean accessLog) {
        return new ServerConfig(bind, port, accessLog, maxRequestLine, maxHeaderBytes, maxBodyBytes,
                maxConnections, idleTimeout, tls);
    }

    /** A copy with other request size limits. */
    public ServerConfig withLimits(int maxRequestLine, int maxHeaderBytes, int maxBodyBytes) {
        return new ServerConfig(bind, port, accessLog, maxRequestLine, maxHeaderBytes, maxBodyBytes,
                maxConnections, idleTimeout, tls);
    }

    /** A copy allowing {@code maxConnections} open connections. */
    public ServerConfig withMaxConnections(int maxConnections) {
        return new ServerConfig(bind, port, accessLog, maxRequestLine, maxHeaderBytes, maxBodyBytes,
                maxConnections, idleTimeout, tls);
    }

    /** A copy closing connections silent for longer than {@code idleTimeout}. */
    public ServerConfig withIdleTimeout(Duration idleTimeout) {
        return new ServerConfig(bind, port, accessLog, maxRequestLine, maxHeaderBytes, maxBodyBytes,
                maxConnections, idleTimeout, tls);
    }

    /** A copy serving HTTPS as {@code tls} says, or plain HTTP with {@link Tls#none()}. */
    public ServerConfig withTls(Tls tls) {
        return new ServerConfig(bind, port, accessLog, maxRequestLine, maxHeaderBytes, maxBodyBytes,
                maxConnections, idleTimeout, tls);
    }
}
