package dev.httpstatus.check.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One request and the response it got, as far as the source recorded them, with where it came from.
 *
 * <pre>{@code
 * Exchange x = Exchange.builder(Source.entry("a.har", 0))
 *         .method("GET").url("https://example.com/").status(401).reasonPhrase("Unauthorized")
 *         .responseVersion("HTTP/1.1").bodyLength(0)
 *         .build();
 * x.status();                 // 401
 * x.response().has("WWW-Authenticate");  // false
 * }</pre>
 *
 * <p>The body is known by its length on the wire ({@link #bodyLength()}, -1 when the source does not
 * say) and, where the source kept it, its text or a prefix of it ({@link #body()}). Readers set the
 * length to -1 where a source is known to describe something else (a browser's 304 entry describes
 * the cached body), so rules never mistake that for content on the wire.
 */
public final class Exchange {

    private final Source source;
    private final String method;
    private final String url;
    private final HttpVersion requestVersion;
    private final Headers request;
    private final int status;
    private final String reasonPhrase;
    private final HttpVersion responseVersion;
    private final Headers response;
    private final long bodyLength;
    private final String body;
    private final boolean bodyComplete;
    private final List<String> notes;

    private Exchange(Builder b) {
        this.source = b.source;
        this.method = b.method;
        this.url = b.url;
        this.requestVersion = b.requestVersion;
        this.request = b.request;
        this.status = b.status;
        this.reasonPhrase = b.reasonPhrase;
        this.responseVersion = b.responseVersion;
        this.response = b.response;
        this.bodyLength = b.bodyLength;
        this.body = b.body;
        this.bodyComplete = b.bodyComplete;
        this.notes = b.notes == null ? List.of() : List.copyOf(b.notes);
    }

    /** A builder for an exchange read from {@code source}; everything else starts unknown or empty. */
    public static Builder builder(Source source) {
        return new Builder(source);
    }

    /** Where the exchange was read. */
    public Source source() {
        return source;
    }

    /** The request method in upper case, or "" when not recorded. */
    public String method() {
        return method;
    }

    /** The target URI as recorded, or "". */
    public String url() {
        return url;
    }

    /** The protocol version of the request. */
    public HttpVersion requestVersion() {
        return requestVersion;
    }

    /** The request's header fields. */
    public Headers request() {
        return request;
    }

    /** The status code as received; any integer, since the wire may carry nonsense. */
    public int status() {
        return status;
    }

    /** The reason phrase as received, or "" (always "" for HTTP/2 and later). */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** The protocol version of the response; where unrecorded, that of the request. */
    public HttpVersion responseVersion() {
        return responseVersion != HttpVersion.UNKNOWN ? responseVersion : requestVersion;
    }

    /** The response's header fields. */
    public Headers response() {
        return response;
    }

    /** How many bytes of content the response carried on the wire, or -1 when the source does not say. */
    public long bodyLength() {
        return bodyLength;
    }

    /** The content as text, or the prefix of it that was kept; empty when not recorded. */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    /** Whether {@link #body()} holds the whole content rather than a prefix. */
    public boolean isBodyComplete() {
        return body != null && bodyComplete;
    }

    /** What the reader had to adapt to read this exchange (truncated values, ignored fields). */
    public List<String> notes() {
        return notes;
    }

    /** Whether the request method is {@code m}, ignoring case. */
    public boolean isMethod(String m) {
        return method.equalsIgnoreCase(m);
    }

    @Override
    public String toString() {
        return source + ": " + method + " " + url + " -> " + status
                + (reasonPhrase.isEmpty() ? "" : " " + reasonPhrase);
    }

    /** Collects the parts of an exchange; not thread-safe. */
    public static final class Builder {
        private final Source source;
        private String method = "";
        private String url = "";
        private HttpVersion requestVersion = HttpVersion.UNKNOWN;
        private Headers request = Headers.empty();
        private int status;
        private String reasonPhrase = "";
        private HttpVersion responseVersion = HttpVersion.UNKNOWN;
        private Headers response = Headers.empty();
        private long bodyLength = -1;
        private String body;
        private boolean bodyComplete;
        private List<String> notes;

        private Builder(Source source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** The request method; stored in upper case. */
        public Builder method(String method) {
            this.method = method == null ? "" : method.toUpperCase(Locale.ROOT);
            return this;
        }

        /** The target URI. */
        public Builder url(String url) {
            this.url = url == null ? "" : url;
            return this;
        }

        /** The request's protocol version as text, e.g. "HTTP/1.1" or "h3". */
        public Builder requestVersion(String version) {
            this.requestVersion = HttpVersion.parse(version);
            return this;
        }

        /** The request's header fields. */
        public Builder request(Headers headers) {
            this.request = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /** The status code as received. */
        public Builder status(int status) {
            this.status = status;
            return this;
        }

        /** The reason phrase as received. */
        public Builder reasonPhrase(String phrase) {
            this.reasonPhrase = phrase == null ? "" : phrase;
            return this;
        }

        /** The response's protocol version as text. */
        public Builder responseVersion(String version) {
            this.responseVersion = HttpVersion.parse(version);
            return this;
        }

        /** The response's header fields. */
        public Builder response(Headers headers) {
            this.response = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /** Bytes of content on the wire, or -1 for unknown. */
        public Builder bodyLength(long length) {
            this.bodyLength = length < 0 ? -1 : length;
            return this;
        }

        /** The content as text; {@code complete} says whether it is all of it or a prefix. */
        public Builder body(String text, boolean complete) {
            this.body = text;
            this.bodyComplete = complete;
            return this;
        }

        /** Records something the reader had to adapt. */
        public Builder note(String note) {
            if (notes == null) {
                notes = new ArrayList<>(2);
            }
            notes.add(note);
            return this;
        }

        /** The exchange. */
        public Exchange build() {
            return new Exchange(this);
        }
    }
}
