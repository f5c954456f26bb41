package dev.httpstatus.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of one request, checked against the names an endpoint knows: an unknown or
 * repeated parameter is a 400, never silently ignored. Names match regardless of case
 * ({@code SuppressBody}, httpstat.us's spelling, is {@code suppressBody}), since no two names an
 * endpoint knows differ only in case.
 *
 * <pre>{@code
 * Params p = Params.of(decoder.parameters(), Set.of("delay", "reason"));
 * int delay = p.intIn("delay", 0, 10_000, 0);
 * }</pre>
 */
final class Params {

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    static Params of(Map<String, List<String>> values, Set<String> known) {
        Map<String, List<String>> byName = new java.util.HashMap<>(values.size() * 2);
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String name = canonical(e.getKey(), known);
            if (name == null) {
                throw ProblemException.badParameter(e.getKey(), e.getValue().get(0),
                        "unknown query parameter here; known: " + String.join(", ", known.stream().sorted().toList()));
            }
            if (e.getValue().size() > 1 || byName.containsKey(name)) {
                throw ProblemException.badParameter(e.getKey(), e.getValue().get(e.getValue().size() > 1 ? 1 : 0),
                        "given more than once");
            }
            byName.put(name, e.getValue());
        }
        return new Params(byName);
    }

    private static String canonical(String given, Set<String> known) {
        if (known.contains(given)) {
            return given;
        }
        for (String k : known) {
            if (k.equalsIgnoreCase(given)) {
                return k;
            }
        }
        return null;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when absent. */
    String get(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(0);
    }

    /** A whole number in [min, max], or {@code otherwise} when absent. */
    long longIn(String name, long min, long max, long otherwise) {
        String v = get(name);
        if (v == null) {
            return otherwise;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, v, "not a whole number");
        }
        if (n < min || n > max) {
            throw ProblemException.badParameter(name, v, "must be between " + min + " and " + max);
        }
        return n;
    }

    /** A number in [min, max], or {@code otherwise} when absent. */
    double doubleIn(String name, double min, double max, double otherwise) {
        String v = get(name);
        if (v == null) {
            return otherwise;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, v, "not a number");
        }
        if (!(d >= min && d <= max)) {
            throw ProblemException.badParameter(name, v, "must be between " + min + " and " + max);
        }
        return d;
    }

    /** A flag: absent is false; present without a value or "true" (any case) is true; "false" is false. */
    boolean flag(String name) {
        String v = get(name);
        if (v == null) {
            return false;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "", "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badParameter(name, v, "expected true or false");
        };
    }
}
