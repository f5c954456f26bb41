package dev.httpstatus.check.model;

import dev.httpstatus.Method;
import dev.httpstatus.Observation;
import dev.httpstatus.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One request and the response it got, as far as the source recorded them, with where it came from.
 *
 * <pre>{@code
 * Exchange x = Exchange.builder(Source.entry("a.har", 0))
 *         .method("GET").url("https://example.com/").status(401).reasonPhrase("Unauthorized")
 *         .responseVersion("HTTP/1.1").bodyLength(0)
 *         .build();
 * x.status();                 // 401
 * x.method();                 // Optional[GET]
 * x.response().has("WWW-Authenticate");  // false
 * }</pre>
 *
 * <p>As an {@link Observation} it is what the catalog's duties are judged against.
 *
 * <p>The body is known by its length on the wire ({@link #bodyLength()}, -1 when the source does not
 * say) and, where the source kept it, its text or a prefix of it ({@link #body()}). Readers set the
 * length to -1 where a source is known to describe something else (a browser's 304 entry describes
 * the cached body), so rules never mistake that for content on the wire.
 */
public final class Exchange implements Observation {

    private final Source source;
    private final Recorder recorder;
    private final String methodText;
    private final Method method;
    private final String url;
    private final HttpVersion requestVersion;
    private final Headers request;
    private final int status;
    private final String reasonPhrase;
    private final HttpVersion responseVersion;
    private final Headers response;
    private final boolean requestRecorded;
    private final boolean responseRecorded;
    private final long bodyLength;
    private final String body;
    private final boolean bodyComplete;
    private final List<String> notes;
    /** The header fields of a 200 to the same URI seen earlier in the capture, or null. */
    private final Headers earlierOk;
    /** The URIs of a redirect chain in the capture that this exchange closes into a loop, or empty. */
    private final List<String> redirectLoop;

    private Exchange(Builder b) {
        this.source = b.source;
        this.recorder = b.recorder;
        this.methodText = b.method;
        this.method = Method.parse(b.method).orElse(null);
        this.url = b.url;
        this.requestVersion = b.requestVersion;
        this.request = b.request;
        this.status = b.status;
        this.reasonPhrase = b.reasonPhrase;
        this.responseVersion = b.responseVersion;
        this.response = b.response;
        this.requestRecorded = b.requestRecorded;
        this.responseRecorded = b.responseRecorded;
        this.bodyLength = b.bodyLength;
        this.body = b.body;
        this.bodyComplete = b.bodyComplete;
        this.notes = b.notes == null ? List.of() : List.copyOf(b.notes);
        this.earlierOk = null;
        this.redirectLoop = List.of();
    }

    private Exchange(Exchange x, Headers earlierOk, List<String> redirectLoop) {
        this.source = x.source;
        this.recorder = x.recorder;
        this.methodText = x.methodText;
        this.method = x.method;
        this.url = x.url;
        this.requestVersion = x.requestVersion;
        this.request = x.request;
        this.status = x.status;
        this.reasonPhrase = x.reasonPhrase;
        this.responseVersion = x.responseVersion;
        this.response = x.response;
        this.requestRecorded = x.requestRecorded;
        this.responseRecorded = x.responseRecorded;
        this.bodyLength = x.bodyLength;
        this.body = x.body;
        this.bodyComplete = x.bodyComplete;
        this.notes = x.notes;
        this.earlierOk = earlierOk;
        this.redirectLoop = List.copyOf(redirectLoop);
    }

    /**
     * This exchange, knowing the header fields of a 200 to the same URI seen earlier in the same
     * capture: what lets duties "when a 200 would carry it" (a 304's ETag) be judged.
     */
    public Exchange withEarlierOk(Headers ok) {
        return new Exchange(this, Objects.requireNonNull(ok, "ok"), redirectLoop);
    }

    /** This exchange, known to close a loop of redirects through {@code uris} (in the order followed). */
    public Exchange withRedirectLoop(List<String> uris) {
        return new Exchange(this, earlierOk, Objects.requireNonNull(uris, "uris"));
    }

    /** The first value of {@code field} in the earlier 200 to the same URI, when the capture held one. */
    public Optional<String> earlierOkField(String field) {
        return earlierOk == null ? Optional.empty() : earlierOk.first(field);
    }

    /** The redirect chain this exchange closes into a loop, in the order followed; empty when none. */
    public List<String> redirectLoop() {
        return redirectLoop;
    }

    /** A builder for an exchange read from {@code source}; everything else starts unknown or empty. */
    public static Builder builder(Source source) {
        return new Builder(source);
    }

    /** Where the exchange was read. */
    public Source source() {
        return source;
    }

    /** What recorded it: a HAR exporter, raw wire text, or a live request. */
    public Recorder recorder() {
        return recorder;
    }

    /**
     * Whether the record holds {@code fact} in a form rules can trust; a rule that needs a fact the
     * exchange does not hold is not checkable on it (counted, never a finding).
     */
    public boolean knows(Fact fact) {
        return (knownFacts() & 1 << fact.ordinal()) != 0;
    }

    /** The facts this record holds, as bits by ordinal; worked out once (the record never changes). */
    int knownFacts() {
        int m = knownFacts;
        if (m < 0) {
            m = 0;
            for (Fact f : FACTS) {
                if (computeKnows(f)) {
                    m |= 1 << f.ordinal();
                }
            }
            knownFacts = m;
        }
        return m;
    }

    private static final Fact[] FACTS = Fact.values();
    /** Lazily computed by {@link #knownFacts()}; -1 until then. A benign race: every thread computes the same. */
    private int knownFacts = -1;

    private boolean computeKnows(Fact fact) {
        return switch (fact) {
            case STATUS -> true;
            case REASON_PHRASE -> recorder.seesReasonPhrase() && !responseVersion().isMultiplexed()
                    && responseVersion() != HttpVersion.UNKNOWN;
            case METHOD -> method != null;
            case URL -> !url.isEmpty();
            case VERSION -> responseVersion() != HttpVersion.UNKNOWN;
            case REQUEST_FIELDS -> requestRecorded;
            case RESPONSE_FIELDS -> responseRecorded;
            case CONTENT_LENGTH -> bodyLength >= 0;
            case CONTENT -> body != null;
        };
    }

    /** The request method as recorded (methods are case-sensitive), or "" when not recorded. */
    public String methodText() {
        return methodText;
    }

    /** The request method; empty when not recorded or not a valid method token. */
    @Override
    public Optional<Method> method() {
        return Optional.ofNullable(method);
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

    /** Whether the request method is {@code m}. */
    public boolean isMethod(Method m) {
        return m.equals(method);
    }

    /** Whether the source recorded the request's header section (a browser's cache hit may not). */
    public boolean isRequestRecorded() {
        return requestRecorded;
    }

    /** Whether the source recorded the response's header section (a browser's cache hit may not). */
    public boolean isResponseRecorded() {
        return responseRecorded;
    }

    /** The request field's values; empty when the request's header section was not recorded. */
    @Override
    public Optional<List<String>> requestValues(String field) {
        return requestRecorded ? Optional.of(request.all(field)) : Optional.empty();
    }

    /** The response field's values; empty when the response's header section was not recorded. */
    @Override
    public Optional<List<String>> responseValues(String field) {
        return responseRecorded ? Optional.of(response.all(field)) : Optional.empty();
    }

    @Override
    public OptionalInt httpMajorVersion() {
        return switch (responseVersion()) {
            case HTTP_1_0, HTTP_1_1 -> OptionalInt.of(1);
            case HTTP_2 -> OptionalInt.of(2);
            case HTTP_3 -> OptionalInt.of(3);
            case UNKNOWN -> OptionalInt.empty();
        };
    }

    /** From the earlier 200 to the same URI, when the capture held one; UNKNOWN otherwise. */
    @Override
    public Truth okWouldCarry(String field) {
        return earlierOk == null ? Truth.UNKNOWN : Truth.of(earlierOk.has(field));
    }

    /** TRUE for a positive recorded body length, FALSE for zero, UNKNOWN when the source does not say. */
    @Override
    public Truth hasContent() {
        return bodyLength < 0 ? Truth.UNKNOWN : Truth.of(bodyLength > 0);
    }

    @Override
    public String toString() {
        return source + ": " + methodText + " " + url + " -> " + status
                + (reasonPhrase.isEmpty() ? "" : " " + reasonPhrase);
    }

    /** Collects the parts of an exchange; not thread-safe. */
    public static final class Builder {
        private final Source source;
        private Recorder recorder = Recorder.RAW;
        private String method = "";
        private String url = "";
        private HttpVersion requestVersion = HttpVersion.UNKNOWN;
        private Headers request = Headers.empty();
        private int status;
        private String reasonPhrase = "";
        private HttpVersion responseVersion = HttpVersion.UNKNOWN;
        private Headers response = Headers.empty();
        private boolean requestRecorded = true;
        private boolean responseRecorded = true;
        private long bodyLength = -1;
        private String body;
        private boolean bodyComplete;
        private List<String> notes;

        private Builder(Source source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** What recorded the exchange (raw wire text unless said otherwise). */
        public Builder recorder(Recorder recorder) {
            this.recorder = Objects.requireNonNull(recorder, "recorder");
            return this;
        }

        /** The request method, exactly as recorded. */
        public Builder method(String method) {
            this.method = method == null ? "" : method;
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

        /**
         * Whether the source recorded the header sections at all (true unless said otherwise): a record
         * without them says nothing of which fields were sent.
         */
        public Builder recorded(boolean request, boolean response) {
            this.requestRecorded = request;
            this.responseRecorded = response;
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
