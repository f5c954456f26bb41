package dev.httpstatus.flink;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Access-log records made up for the tests, written in the shapes the servers' documentation gives:
 * nginx's {@code log_format … escape=json} with variables as keys (ngx_http_log_module), Envoy's
 * {@code json_format} with typed values (access log command operators), and Apache httpd's
 * "combined" {@code LogFormat} (mod_log_config). Each record knows the exchange it stands for, so the
 * tests compute what the checker finds on it without the job.
 */
final class LogSamples {

    /** One request as a server would log it. */
    record Rec(String method, String host, String path, String protocol, int status, long bytes, long time) {

        String url() {
            return "//" + host + path;
        }

        String nginx() {
            return "{\"time_iso8601\":\"" + Instant.ofEpochMilli(time).atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\",\"remote_addr\":\"192.0.2.7\","
                    + "\"host\":\"" + host + "\",\"request_method\":\"" + method + "\",\"request_uri\":\""
                    + path + "\",\"server_protocol\":\"" + protocol + "\",\"status\":\"" + status
                    + "\",\"body_bytes_sent\":\"" + bytes + "\",\"http_user_agent\":\"curl/8.5.0\"}";
        }

        String envoy() {
            return "{\"start_time\":\"" + Instant.ofEpochMilli(time) + "\",\"method\":\"" + method
                    + "\",\"path\":\"" + path + "\",\"protocol\":\"" + protocol.replace("HTTP/2.0", "HTTP/2")
                    + "\",\"response_code\":" + status + ",\"response_flags\":\"-\",\"bytes_received\":0,"
                    + "\"bytes_sent\":" + bytes + ",\"duration\":3,\"upstream_host\":null,\"authority\":\"" + host
                    + "\",\"x_forwarded_for\":null}";
        }

        String combined() {
            String t = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
                    .format(Instant.ofEpochMilli(time).atOffset(ZoneOffset.UTC));
            return "192.0.2.7 - - [" + t + "] \"" + method + " " + path + " " + protocol + "\" " + status + " "
                    + (bytes == 0 ? "-" : Long.toString(bytes)) + " \"-\" \"curl/8.5.0\"";
        }

        /** The exchange the job should make of this record at {@code line} of {@code file}. */
        Exchange exchange(String file, int line, String server, boolean withHost) {
            return Exchange.builder(Source.line(file, line)).recorder(Recorder.log(server)).method(method)
                    .url(withHost ? url() : path).requestVersion(protocol).status(status).recorded(false, false)
                    .bodyLength(bytes).build();
        }
    }

    private static final String[] METHODS = {"GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"};
    private static final int[] STATUSES = {200, 200, 200, 201, 204, 206, 301, 304, 400, 404, 405, 418, 429, 499,
        501, 503, 520, 299, 999};

    /** {@code n} records, from a fixed seed, one second apart starting at {@code start}. */
    static List<Rec> records(long seed, int n, long start) {
        Random r = new Random(seed);
        List<Rec> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String method = METHODS[r.nextInt(METHODS.length)];
            String host = r.nextBoolean() ? "api.example" : "www.example";
            String path = switch (r.nextInt(5)) {
                case 0 -> "/items/" + r.nextInt(10_000);
                case 1 -> "/users/" + new java.util.UUID(r.nextLong(), r.nextLong()) + "/avatar";
                case 2 -> "/search?q=" + r.nextInt(100);
                case 3 -> "/static/app.js";
                default -> "/";
            };
            String protocol = switch (r.nextInt(4)) {
                case 0 -> "HTTP/1.0";
                case 1 -> "HTTP/2.0";
                default -> "HTTP/1.1";
            };
            int status = STATUSES[r.nextInt(STATUSES.length)];
            long bytes = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(5000);
            list.add(new Rec(method, host, path, protocol, status, bytes, start + i * 1000L));
        }
        return list;
    }

    /** What the checker finds on each exchange, and which rules it could not evaluate. */
    static final class Expected {
        final List<String> findings = new ArrayList<>();
        final Map<String, Long> notCheckable = new TreeMap<>();
        final List<Finding> all = new ArrayList<>();
        final List<Long> times = new ArrayList<>();
        final List<Exchange> exchanges = new ArrayList<>();

        void add(Exchange x, long time) {
            for (Finding f : Checker.standard().check(x, r -> notCheckable.merge(r.id(), 1L, Long::sum))) {
                findings.add(f.rule().id() + " " + f.source().file() + " " + f.source().position());
                all.add(f);
                times.add(time);
                exchanges.add(x);
            }
        }
    }

    private LogSamples() {}
}
