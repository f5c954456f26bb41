package dev.httpstatus.bench.check;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic HAR of about a given size for the checker's throughput benchmark: a browser
 * session's mix of pages, scripts, styles, images (base64), JSON API calls, revalidations (304 with
 * the cached body's sizes, as browsers record them), redirects, failed requests (status 0), and a
 * few percent of entries that break a rule.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar dev.httpstatus.bench.check.HarGenerator bench/out/synthetic.har 1024
 * }</pre>
 *
 * <p>The same seed always gives the same file. Arguments: output path, size in MiB (default 1024).
 */
public final class HarGenerator {

    private static final String HOST = "https://shop.example";
    private static final String DATE = "Fri, 20 Nov 2026 10:00:00 GMT";

    private final JsonGenerator g;
    private final Random random = new Random(20261124L);
    private final char[] text = new char[1 << 18];
    private final char[] base64 = new char[1 << 18];
    private long entries;
    private long violations;

    private HarGenerator(JsonGenerator g) {
        this.g = g;
        String words = "function return const let var if else for while new this null true false async await "
                + "export import from class extends default window document query selector event listener ";
        String[] w = words.split(" ");
        int i = 0;
        while (i < text.length) {
            String s = w[random.nextInt(w.length)];
            for (int k = 0; k < s.length() && i < text.length; k++) {
                text[i++] = s.charAt(k);
            }
            if (i < text.length) {
                text[i++] = random.nextInt(12) == 0 ? '\n' : ' ';
            }
        }
        String b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int k = 0; k < base64.length; k++) {
            base64[k] = b64.charAt(random.nextInt(64));
        }
    }

    /** Writes {@code mib} MiB (approximately) of HAR to {@code out}; returns {entries, violating entries}. */
    public static long[] write(Path out, long mib) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        long target = mib << 20;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            HarGenerator h = new HarGenerator(g);
            g.writeStartObject();
            g.writeObjectFieldStart("log");
            g.writeStringField("version", "1.2");
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", "httpstatus-bench");
            g.writeStringField("version", "1");
            g.writeEndObject();
            g.writeArrayFieldStart("pages");
            g.writeEndArray();
            g.writeArrayFieldStart("entries");
            while (g.getOutputBuffered() + Files.size(out) < target) {
                h.entry();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            return new long[] {h.entries, h.violations};
        }
    }

    private void entry() throws IOException {
        entries++;
        int pick = random.nextInt(1000);
        if (pick < 400) {
            String ext = random.nextBoolean() ? "js" : "css";
            asset("GET", "/static/app-" + entries + "." + ext, 200, ext.equals("js") ? "text/javascript" : "text/css",
                    2_000 + random.nextInt(30_000), false);
        } else if (pick < 600) {
            asset("GET", "/img/p" + entries + ".png", 200, "image/png", 1_000 + random.nextInt(40_000), true);
        } else if (pick < 800) {
            json("GET", "/api/items/" + entries, 200, "{\"id\":" + entries + ",\"name\":\"item\",\"price\":12.5}", "");
        } else if (pick < 860) {
            revalidation();
        } else if (pick < 880) {
            redirect(301, "/old/" + entries, "/new/" + entries);
        } else if (pick < 900) {
            redirect(302, "/cart", "/login?next=%2Fcart");
        } else if (pick < 920) {
            plain("DELETE", "/api/items/" + entries, 204, "No Content", new String[] {"Date", DATE}, 0);
        } else if (pick < 930) {
            failed();
        } else if (pick < 940) {
            plain("GET", "/account", 401, "Unauthorized",
                    new String[] {"Date", DATE, "WWW-Authenticate", "Bearer realm=\"shop\"", "Content-Type", "text/plain"}, 20);
        } else if (pick < 965) {
            json("POST", "/api/orders", 201, "{\"id\":" + entries + "}", "/api/orders/" + entries);
        } else {
            violation();
        }
    }

    private void violation() throws IOException {
        violations++;
        switch (random.nextInt(5)) {
            case 0 -> plain("GET", "/admin", 401, "Unauthorized", new String[] {"Date", DATE, "Content-Type", "text/plain"}, 12);
            case 1 -> plain("DELETE", "/api/items/1", 405, "Method Not Allowed", new String[] {"Date", DATE}, 0);
            case 2 -> plain("GET", "/moved", 302, "Found", new String[] {"Date", DATE}, 0);
            case 3 -> plain("GET", "/busy", 503, "Service Unavailable",
                    new String[] {"Date", DATE, "Retry-After", "a while", "Content-Type", "text/plain"}, 9);
            default -> {
                start("GET", "/api/missing", false);
                response(404, "", "HTTP/2", new String[] {"date", DATE, "content-type", "application/problem+json"});
                content(40, "application/problem+json", "{\"title\":\"Not found\",\"status\":400}", false);
                end(40);
            }
        }
    }

    private void start(String method, String path, boolean revalidate) throws IOException {
        g.writeStartObject();
        g.writeStringField("startedDateTime", "2026-11-20T10:00:00.000Z");
        g.writeNumberField("time", 10 + random.nextInt(400));
        g.writeObjectFieldStart("request");
        g.writeStringField("method", method);
        g.writeStringField("url", HOST + path);
        g.writeStringField("httpVersion", "HTTP/2");
        g.writeArrayFieldStart("headers");
        header(":authority", "shop.example");
        header(":method", method);
        header(":path", path);
        header(":scheme", "https");
        header("accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        header("accept-encoding", "gzip, deflate, br, zstd");
        header("accept-language", "en-GB,en;q=0.9");
        header("cookie", "session=" + Long.toHexString(random.nextLong()) + "; theme=dark");
        header("referer", HOST + "/");
        header("sec-ch-ua", "\"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"");
        header("sec-fetch-dest", "empty");
        header("sec-fetch-mode", "cors");
        header("user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");
        if (revalidate) {
            header("if-none-match", "\"" + Long.toHexString(entries) + "\"");
        }
        g.writeEndArray();
        g.writeArrayFieldStart("queryString");
        g.writeEndArray();
        g.writeArrayFieldStart("cookies");
        g.writeEndArray();
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", 0);
        g.writeEndObject();
    }

    private void response(int status, String phrase, String version, String[] headers) throws IOException {
        g.writeObjectFieldStart("response");
        g.writeNumberField("status", status);
        g.writeStringField("statusText", phrase);
        g.writeStringField("httpVersion", version);
        g.writeArrayFieldStart("headers");
        for (int i = 0; i < headers.length; i += 2) {
            header(headers[i], headers[i + 1]);
        }
        header("server", "nginx");
        header("x-request-id", Long.toHexString(random.nextLong()));
        g.writeEndArray();
        g.writeArrayFieldStart("cookies");
        g.writeEndArray();
    }

    private void content(long size, String mime, String text, boolean b64) throws IOException {
        g.writeObjectFieldStart("content");
        g.writeNumberField("size", size);
        g.writeStringField("mimeType", mime);
        if (text != null) {
            g.writeStringField("text", text);
        }
        if (b64) {
            g.writeStringField("encoding", "base64");
        }
        g.writeEndObject();
    }

    private void content(long size, String mime, char[] source, int length, boolean b64) throws IOException {
        g.writeObjectFieldStart("content");
        g.writeNumberField("size", size);
        g.writeStringField("mimeType", mime);
        int off = random.nextInt(source.length - length);
        g.writeFieldName("text");
        g.writeString(source, off, length);
        if (b64) {
            g.writeStringField("encoding", "base64");
        }
        g.writeEndObject();
    }

    private void end(long bodySize) throws IOException {
        g.writeStringField("redirectURL", "");
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", bodySize);
        g.writeNumberField("_transferSize", bodySize + 300);
        g.writeEndObject();
        g.writeObjectFieldStart("cache");
        g.writeEndObject();
        g.writeObjectFieldStart("timings");
        g.writeNumberField("blocked", 0.5);
        g.writeNumberField("dns", -1);
        g.writeNumberField("ssl", -1);
        g.writeNumberField("connect", -1);
        g.writeNumberField("send", 0.2);
        g.writeNumberField("wait", 20 + random.nextInt(200));
        g.writeNumberField("receive", 1.5);
        g.writeEndObject();
        g.writeStringField("serverIPAddress", "192.0.2.10");
        g.writeStringField("connection", "443");
        g.writeEndObject();
    }

    private void header(String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private void asset(String method, String path, int status, String mime, int size, boolean image) throws IOException {
        start(method, path, false);
        response(status, "", "HTTP/2", new String[] {"date", DATE, "content-type", mime,
            "cache-control", "public, max-age=31536000, immutable", "etag", "\"" + Long.toHexString(entries) + "\"",
            "last-modified", DATE, "vary", "Accept-Encoding"});
        if (image) {
            int encoded = Math.min(base64.length - 1, (size + 2) / 3 * 4);
            content(size, mime, base64, encoded, true);
        } else {
            content(size, mime, text, Math.min(text.length - 1, size), false);
        }
        end(image ? size : size / 4);
    }

    private void json(String method, String path, int status, String body, String location) throws IOException {
        start(method, path, false);
        String[] h = location.isEmpty()
                ? new String[] {"date", DATE, "content-type", "application/json; charset=utf-8", "cache-control", "no-store"}
                : new String[] {"date", DATE, "content-type", "application/json; charset=utf-8", "location", location};
        response(status, "", "HTTP/2", h);
        content(body.length(), "application/json", body, false);
        end(body.length());
    }

    private void revalidation() throws IOException {
        start("GET", "/static/vendor-" + (entries % 50) + ".js", true);
        response(304, "", "HTTP/2", new String[] {"date", DATE, "etag", "\"" + Long.toHexString(entries) + "\"",
            "cache-control", "public, max-age=600"});
        int cached = 5_000 + random.nextInt(20_000);
        content(cached, "text/javascript", text, cached, false); // the cached body, as browsers record it
        end(cached);
    }

    private void redirect(int status, String from, String to) throws IOException {
        start("GET", from, false);
        response(status, "", "HTTP/2", new String[] {"date", DATE, "location", to, "content-length", "0"});
        content(0, "", null, false);
        end(0);
    }

    private void plain(String method, String path, int status, String phrase, String[] headers, int size) throws IOException {
        start(method, path, false);
        response(status, phrase, "HTTP/1.1", headers);
        content(size, size > 0 ? "text/plain" : "", size > 0 ? "x".repeat(size) : null, false);
        end(size);
    }

    private void failed() throws IOException {
        start("GET", "/api/poll", false);
        g.writeObjectFieldStart("response");
        g.writeNumberField("status", 0);
        g.writeStringField("statusText", "");
        g.writeStringField("httpVersion", "");
        g.writeArrayFieldStart("headers");
        g.writeEndArray();
        g.writeArrayFieldStart("cookies");
        g.writeEndArray();
        g.writeObjectFieldStart("content");
        g.writeNumberField("size", 0);
        g.writeStringField("mimeType", "x-unknown");
        g.writeEndObject();
        g.writeStringField("_error", "net::ERR_ABORTED");
        end(-1);
    }

    /** Arguments: output file, size in MiB (default 1024). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out/synthetic.har");
        long mib = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        long t0 = System.nanoTime();
        long[] r = write(out, mib);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("wrote %s: %d MiB, %d entries, %d (%.1f%%) with a violation, in %.1f s%n",
                out, Files.size(out) >> 20, r[0], r[1], 100.0 * r[1] / r[0], s);
    }
}
