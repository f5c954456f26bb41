package dev.httpstatus.server;

import dev.httpstatus.StatusCode;
import dev.httpstatus.json.StatusJson;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The default body of each code in each format, built once from core and {@link StatusJson} and
 * then shared: errors as problem details, everything else as the code's card.
 *
 * <pre>{@code Bodies.Body b = Bodies.of(StatusCode.NOT_FOUND, MediaKind.JSON);  // problem+json}</pre>
 */
final class Bodies {

    /** A body and its media type. */
    record Body(String contentType, byte[] bytes) {}

    /** With the charset parameter go-httpbin and most frameworks send; RFC 8259 JSON is UTF-8 anyway. */
    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    private static final int KINDS = MediaKind.values().length;
    private static final AtomicReferenceArray<Body> CACHE =
            new AtomicReferenceArray<>((StatusCode.MAX_CODE - StatusCode.MIN_CODE + 1) * KINDS);

    private Bodies() {}

    static Body of(StatusCode code, MediaKind kind) {
        int i = (code.code() - StatusCode.MIN_CODE) * KINDS + kind.ordinal();
        Body b = CACHE.get(i);
        if (b == null) {
            b = build(code, kind);
            CACHE.lazySet(i, b);
        }
        return b;
    }

    private static Body build(StatusCode code, MediaKind kind) {
        return switch (kind) {
            case JSON -> code.isError()
                    ? new Body(Problem.MEDIA_TYPE, Problem.json(code, code.description(), null, null))
                    : new Body(JSON, StatusJson.toJson(code).getBytes(StandardCharsets.UTF_8));
            case TEXT -> new Body(TEXT, code.toString().getBytes(StandardCharsets.UTF_8)); // "404 Not Found", as httpstat.us
            case HTML -> new Body(HTML, html(code, code.description()));
        };
    }

    /** A problem (or other message about {@code code}) in the chosen format. */
    static Body problem(StatusCode code, MediaKind kind, String detail, String parameter, String value) {
        return switch (kind) {
            case JSON -> new Body(Problem.MEDIA_TYPE, Problem.json(code, detail, parameter, value));
            case TEXT -> new Body(TEXT, text(code, detail));
            case HTML -> new Body(HTML, html(code, detail));
        };
    }

    static byte[] text(StatusCode code, String detail) {
        return (code + "\n\n" + detail + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html(StatusCode code, String detail) {
        String title = Text.html(code.toString());
        return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head>\n<body><h1>" + title + "</h1>\n<p>" + Text.html(detail)
                + "</p>\n<p><a href=\"/#" + code.code() + "\">More about " + code.code()
                + " in the catalog</a></p></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }
}
