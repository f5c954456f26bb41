package dev.httpstatus;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link Duty} asks of a header field's value, beyond being present: a connection option,
 * a link relation, a range form, a media type.
 *
 * <pre>{@code
 * FieldValue.token("close").accepts(List.of("keep-alive, Close"));       // true
 * FieldValue.linkRelation("blocked-by").accepts(List.of("<https://x.example/>; rel=\"blocked-by\""));  // true
 * FieldValue.unsatisfiedRange().accepts(List.of("bytes 0-9/100"));       // false: not "bytes *}{@code /100"
 * }</pre>
 */
public sealed interface FieldValue
        permits FieldValue.Any, FieldValue.Token, FieldValue.LinkRelation, FieldValue.UnsatisfiedRange,
                FieldValue.MediaType {

    /** Whether the field's values (one per field line) satisfy the requirement. */
    boolean accepts(List<String> values);

    /** What is asked, in a few words ("with the close option"); "" when any value will do. */
    String describe();

    /** Any value. */
    static FieldValue any() {
        return Any.INSTANCE;
    }

    /** A comma-separated list that contains {@code token}, in any case (Connection: close). */
    static FieldValue token(String token) {
        return new Token(token);
    }

    /** A Link value with the relation type {@code rel} (RFC 8288). */
    static FieldValue linkRelation(String rel) {
        return new LinkRelation(rel);
    }

    /** Content-Range's unsatisfied form, {@code bytes *}{@code /<length>} (RFC 9110 §14.4). */
    static FieldValue unsatisfiedRange() {
        return UnsatisfiedRange.INSTANCE;
    }

    /** A Content-Type of the given media type, parameters aside. */
    static FieldValue mediaType(String type) {
        return new MediaType(type);
    }

    /** Any value. */
    record Any() implements FieldValue {
        static final Any INSTANCE = new Any();

        @Override
        public boolean accepts(List<String> values) {
            return true;
        }

        @Override
        public String describe() {
            return "";
        }
    }

    /** A list-valued field containing an option. */
    record Token(String token) implements FieldValue {
        public Token {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public boolean accepts(List<String> values) {
            for (String v : values) {
                for (String t : v.split(",")) {
                    if (t.trim().equalsIgnoreCase(token)) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return "with the " + token + " option";
        }
    }

    /** A Link field naming a relation type. */
    record LinkRelation(String rel) implements FieldValue {
        public LinkRelation {
            Objects.requireNonNull(rel, "rel");
        }

        @Override
        public boolean accepts(List<String> values) {
            String want = rel.toLowerCase(Locale.ROOT);
            for (String v : values) {
                // The target URI may itself contain "rel=": look only at the parameters.
                String s = v.toLowerCase(Locale.ROOT).replaceAll("<[^>]*>", "<>");
                int i = 0;
                while ((i = s.indexOf("rel", i)) >= 0) {
                    int j = skipSpaces(s, i + 3);
                    i += 3;
                    if (j >= s.length() || s.charAt(j) != '=') {
                        continue;
                    }
                    j = skipSpaces(s, j + 1);
                    boolean quoted = j < s.length() && s.charAt(j) == '"';
                    int start = quoted ? j + 1 : j;
                    int end = start;
                    while (end < s.length() && (quoted ? s.charAt(end) != '"' : s.charAt(end) != ';' && s.charAt(end) != ',')) {
                        end++;
                    }
                    // A rel value may list several relation types separated by spaces (RFC 8288 §3.3).
                    for (String type : s.substring(start, end).trim().split("\\s+")) {
                        if (type.equals(want)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static int skipSpaces(String s, int i) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }

        @Override
        public String describe() {
            return "with rel=\"" + rel + "\"";
        }
    }

    /** {@code bytes *}{@code /<complete-length>}. */
    record UnsatisfiedRange() implements FieldValue {
        static final UnsatisfiedRange INSTANCE = new UnsatisfiedRange();

        @Override
        public boolean accepts(List<String> values) {
            if (values.size() != 1) {
                return false;
            }
            String v = values.get(0).trim();
            if (v.length() < 9 || !v.regionMatches(true, 0, "bytes */", 0, 8)) {
                return false;
            }
            for (int i = 8; i < v.length(); i++) {
                if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return "in the form bytes */<length>";
        }
    }

    /** A Content-Type of one media type. */
    record MediaType(String type) implements FieldValue {
        public MediaType {
            type = Objects.requireNonNull(type, "type").toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean accepts(List<String> values) {
            if (values.isEmpty()) {
                return false;
            }
            String v = values.get(values.size() - 1);
            int semi = v.indexOf(';');
            return (semi < 0 ? v : v.substring(0, semi)).trim().toLowerCase(Locale.ROOT).equals(type);
        }

        @Override
        public String describe() {
            return "as " + type;
        }
    }
}
