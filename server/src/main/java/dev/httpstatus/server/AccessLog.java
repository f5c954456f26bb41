package dev.httpstatus.server;

import io.netty.channel.Channel;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;

/**
 * One line per answered request on standard output, when enabled:
 * time, client, method and target, status, content bytes, milliseconds taken.
 *
 * <pre>{@code 2026-11-24T16:05:09.120Z 127.0.0.1:53122 "GET /status/404" 404 412 0.31ms}</pre>
 */
final class AccessLog {

    private final PrintStream out;

    private AccessLog(PrintStream out) {
        this.out = out;
    }

    static AccessLog to(PrintStream out) {
        return new AccessLog(out);
    }

    static AccessLog off() {
        return new AccessLog(null);
    }

    boolean enabled() {
        return out != null;
    }

    void line(Channel ch, String method, String uri, Reply r, long startNanos) {
        if (out == null) {
            return;
        }
        SocketAddress a = ch.remoteAddress();
        String client = a instanceof InetSocketAddress i ? i.getAddress().getHostAddress() + ":" + i.getPort() : "-";
        double ms = (System.nanoTime() - startNanos) / 1e6;
        out.println(Instant.now() + " " + client + " \"" + printable(method) + " " + printable(uri) + "\" "
                + r.status + " " + (r.head ? 0 : r.body.length) + " " + String.format("%.2fms", ms));
    }

    /** Keeps a hostile target from forging log lines. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length() && i < 2048; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f || c == '"' ? '?' : c);
        }
        return b.toString();
    }
}
