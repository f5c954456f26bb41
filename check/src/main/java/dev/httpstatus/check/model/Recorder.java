package dev.httpstatus.check.model;

import java.util.Locale;
import java.util.Objects;

/**
 * What recorded an exchange: a HAR exporter named by its {@code log.creator} (and {@code log.browser}),
 * raw wire text, or this tool fetching live. Each recorder writes some facts its own way, and these
 * quirks decide which facts the checker may trust.
 *
 * <pre>{@code
 * Recorder r = Recorder.har("Firebug", "1.7X.0a3", "Firefox 3.6.11pre");
 * r.merges304WithCache();  // true: Firebug shows the cached 200's fields on a 304
 * Recorder.RAW.toString(); // "raw HTTP text"
 * }</pre>
 *
 * @param kind    how the exchange was recorded
 * @param name    the exporter's name ("" when not given or not a HAR)
 * @param version the exporter's version, or ""
 * @param browser the browser named in {@code log.browser}, or ""
 * @param seesReasonPhrase whether reason phrases reach the record as sent: not through java.net.http or
 *                 Spring's test clients, which hide them
 */
public record Recorder(Kind kind, String name, String version, String browser, boolean seesReasonPhrase) {

    /** How an exchange was recorded. */
    public enum Kind {
        /** A HAR file written by a browser, proxy or automation tool. */
        HAR,
        /** HTTP/1.x messages as sent on the wire. */
        RAW,
        /**
         * A response as an HTTP client library or test framework hands it over (java.net.http, Spring's
         * MockMvc, OkHttp, Jakarta REST, Netty, RestAssured): what it hides, such as the reason phrase, is
         * not known.
         */
        CLIENT
    }

    /** Raw HTTP/1.x text: every byte as sent. */
    public static final Recorder RAW = new Recorder(Kind.RAW, "", "", "", true);
    /** A live request made through java.net.http, which hides reason phrases and 1xx responses. */
    public static final Recorder LIVE = client("java.net.http", false);
    /** A HAR whose creator is not known (yet). */
    public static final Recorder UNKNOWN_HAR = new Recorder(Kind.HAR, "", "", "", true);

    public Recorder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(browser, "browser");
    }

    /**
     * An HTTP client library or test framework named {@code name}; {@code seesReasonPhrase} says whether
     * it hands over the reason phrase as received (OkHttp does; java.net.http and Spring do not).
     */
    public static Recorder client(String name, boolean seesReasonPhrase) {
        return new Recorder(Kind.CLIENT, Objects.requireNonNull(name, "name"), "", "", seesReasonPhrase);
    }

    /** A HAR exporter, as its {@code log.creator} and {@code log.browser} name it (null as ""). */
    public static Recorder har(String name, String version, String browser) {
        return new Recorder(Kind.HAR, name == null ? "" : name.trim(), version == null ? "" : version.trim(),
                browser == null ? "" : browser.trim(), true);
    }

    private boolean named(String... words) {
        String n = (name + " " + browser).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (n.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the recorder shows, on a 304, the header fields of the cached response it revalidated
     * rather than those of the 304 on the wire: Internet Explorer's F12 export and Firebug do (the same
     * page captured by a proxy shows the real 304 with Date and without Content-Type).
     */
    public boolean merges304WithCache() {
        return kind == Kind.HAR && named("internet explorer", "msie", "firebug");
    }

    /**
     * Whether the recorder may copy a redirect's header fields onto the response the redirect led to:
     * chrome-har (Browsertime, sitespeed.io) does, so a 200 seems to carry the 301's Location.
     */
    public boolean mixesRedirectFields() {
        return kind == Kind.HAR && named("chrome-har", "browsertime");
    }

    /** "Firebug 1.7X.0a3 (Firefox 3.6.11pre)", "raw HTTP text", "java.net.http". */
    @Override
    public String toString() {
        return switch (kind) {
            case RAW -> "raw HTTP text";
            case CLIENT -> name;
            case HAR -> (name.isEmpty() ? "an unnamed HAR exporter" : name + (version.isEmpty() ? "" : " " + version))
                    + (browser.isEmpty() ? "" : " (" + browser + ")");
        };
    }
}
