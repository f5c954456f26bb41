package dev.httpstatus.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The catalog page and its script and style, read from the jar once. Nothing comes from a CDN:
 * the page works offline and fetches its data from {@code /api/codes}.
 *
 * <pre>{@code StaticPages.find("/app.js")  // the script, or null for an unknown path}</pre>
 */
final class StaticPages {

    record Page(String contentType, byte[] bytes) {}

    private static final Map<String, Page> PAGES = Map.of(
            "/", load("index.html", "text/html; charset=utf-8"),
            "/index.html", load("index.html", "text/html; charset=utf-8"),
            "/app.js", load("app.js", "text/javascript; charset=utf-8"),
            "/app.css", load("app.css", "text/css; charset=utf-8"),
            "/advise.js", load("advise.js", "text/javascript; charset=utf-8"),
            "/advise.css", load("advise.css", "text/css; charset=utf-8"));

    private StaticPages() {}

    static Page find(String path) {
        return PAGES.get(path);
    }

    static Reply serve(Request req, Page page) {
        Reply r = new Reply(200);
        r.head = req.isHead();
        r.headers.set("Cache-Control", "no-cache");
        r.headers.set("X-Content-Type-Options", "nosniff");
        r.headers.set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'");
        return r.body(page.contentType(), page.bytes());
    }

    private static Page load(String name, String type) {
        try (InputStream in = StaticPages.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web/" + name + " is missing from the server jar");
            }
            return new Page(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
