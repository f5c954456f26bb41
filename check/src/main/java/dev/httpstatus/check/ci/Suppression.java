package dev.httpstatus.check.ci;

import java.util.Locale;
import java.util.Objects;

/**
 * One rule switched off, everywhere or at some hosts, paths or methods, with why and where it was
 * declared. Patterns use {@code *} (any run without '/') and {@code **} (any run) and must match the
 * whole host or path; the host is compared without case and without port. An empty pattern matches
 * anything, including an occurrence whose host or path is unknown; a non-empty one never matches an
 * unknown host or path.
 *
 * <pre>{@code
 * Suppression s = Suppression.of("201-without-location")
 *         .host("api.example.com").path("/legacy/**").reason("old clients, until v3");
 * s.matches(Occurrence.of("201-without-location", Severity.WARNING, "POST /legacy/x 201")
 *         .at("api.example.com", "/legacy/x", "POST"));   // true
 * Suppression.of("*").host("*.analytics.example");      // every rule, for a third party's hosts
 * }</pre>
 *
 * @param rule   a rule id, or "*" for every rule
 * @param host   a host pattern, "" for any host
 * @param path   a path pattern, "" for any path
 * @param method a method (compared without case), "" for any method
 * @param reason why the rule does not apply here, "" if none was given
 * @param origin where it was declared: "--disable", ".httpstatus.json line 7, column 9", …
 */
public record Suppression(String rule, String host, String path, String method, String reason, String origin) {

    /** The rule id standing for every rule. */
    public static final String EVERY_RULE = "*";

    public Suppression {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(origin, "origin");
        if (rule.isEmpty()) {
            throw new IllegalArgumentException("a suppression needs a rule id or \"*\"");
        }
    }

    /** {@code rule} (or "*") suppressed everywhere, declared in code. */
    public static Suppression of(String rule) {
        return new Suppression(rule, "", "", "", "", "");
    }

    public Suppression host(String pattern) {
        return new Suppression(rule, pattern, path, method, reason, origin);
    }

    public Suppression path(String pattern) {
        return new Suppression(rule, host, pattern, method, reason, origin);
    }

    public Suppression method(String m) {
        return new Suppression(rule, host, path, m, reason, origin);
    }

    public Suppression reason(String why) {
        return new Suppression(rule, host, path, method, why, origin);
    }

    /** This suppression, recorded as declared at {@code where}. */
    public Suppression from(String where) {
        return new Suppression(rule, host, path, method, reason, where);
    }

    /** Whether this switches the rule off everywhere (no host, path or method given). */
    public boolean isEverywhere() {
        return host.isEmpty() && path.isEmpty() && method.isEmpty();
    }

    /** Whether {@code o} is one of the occurrences this suppression covers. */
    public boolean matches(Occurrence o) {
        if (!rule.equals(EVERY_RULE) && !rule.equals(o.rule())) {
            return false;
        }
        if (!method.isEmpty() && !method.equalsIgnoreCase(o.method())) {
            return false;
        }
        if (!host.isEmpty() && (o.host().isEmpty()
                || !Glob.of(host.toLowerCase(Locale.ROOT)).matches(o.host().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return path.isEmpty() || (!o.path().isEmpty() && Glob.of(path).matches(o.path()));
    }

    /** "201-without-location at api.example.com /legacy/** (old clients) from .httpstatus.json line 7". */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(rule);
        if (!isEverywhere()) {
            b.append(" at");
            for (String part : new String[] {method, host, path}) {
                if (!part.isEmpty()) {
                    b.append(' ').append(part);
                }
            }
        }
        if (!reason.isEmpty()) {
            b.append(" (").append(reason).append(')');
        }
        if (!origin.isEmpty()) {
            b.append(" from ").append(origin);
        }
        return b.toString();
    }
}
