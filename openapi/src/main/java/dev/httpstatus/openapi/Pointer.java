package dev.httpstatus.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A JSON pointer (RFC 6901) into a description: the stable name of a place in it, used as the key
 * of a finding (with the file and the rule id) and to find its line.
 *
 * <pre>{@code
 * Pointer p = Pointer.root().child("paths").child("/pets/{id}").child("get");
 * p.toString();          // "/paths/~1pets~1{id}/get"
 * p.segments();          // [paths, /pets/{id}, get]
 * Pointer.parse("/paths/~1pets/get").equals(Pointer.root().child("paths").child("/pets").child("get")); // true
 * }</pre>
 *
 * <p>Immutable.
 */
public final class Pointer {

    private static final Pointer ROOT = new Pointer("", List.of());

    private final String text;
    private final List<String> segments;

    private Pointer(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** The whole document: "". */
    public static Pointer root() {
        return ROOT;
    }

    /**
     * Reads a pointer such as "/components/responses/NotFound" or the fragment of a {@code $ref}
     * ("#/components/…", a leading '#' is dropped).
     *
     * @throws IllegalArgumentException when it neither is empty nor starts with '/'
     */
    public static Pointer parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.startsWith("#") ? text.substring(1) : text;
        if (t.isEmpty()) {
            return ROOT;
        }
        if (t.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/': \"" + text + "\"");
        }
        List<String> segs = new ArrayList<>();
        int start = 1;
        while (true) {
            int slash = t.indexOf('/', start);
            String raw = slash < 0 ? t.substring(start) : t.substring(start, slash);
            segs.add(unescape(percentDecode(raw)));
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return new Pointer(build(segs), List.copyOf(segs));
    }

    /** This pointer followed by one more member name or array index. */
    public Pointer child(String segment) {
        Objects.requireNonNull(segment, "segment");
        List<String> segs = new ArrayList<>(segments.size() + 1);
        segs.addAll(segments);
        segs.add(segment);
        return new Pointer(text + "/" + escape(segment), List.copyOf(segs));
    }

    /** The member names and indexes, unescaped. */
    public List<String> segments() {
        return segments;
    }

    /** Whether this is the whole document. */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The last segment; "" for the root. */
    public String last() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    private static String build(List<String> segs) {
        StringBuilder b = new StringBuilder();
        for (String s : segs) {
            b.append('/').append(escape(s));
        }
        return b.toString();
    }

    static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String raw) {
        return raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
    }

    /** A $ref is a URI: its fragment may percent-encode characters such as '{' and '}'. */
    private static String percentDecode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw; // not valid percent-encoding: take the text as it is
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pointer p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The RFC 6901 form: "" for the root, else "/a/b~1c". */
    @Override
    public String toString() {
        return text;
    }
}
