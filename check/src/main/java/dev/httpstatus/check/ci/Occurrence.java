package dev.httpstatus.check.ci;

import dev.httpstatus.check.model.Severity;
import java.util.Objects;

/**
 * One rule broken at one place, as suppressions and baselines see it: the rule, its severity, a
 * stable location key, and the host, path and method where the place has them. Any tool can build
 * one: the traffic checker from an exchange ({@link TrafficKeys#occurrence}), an OpenAPI linter from
 * a document position.
 *
 * <pre>{@code
 * Occurrence o = Occurrence.of("201-without-location", Severity.WARNING, "POST /items 201")
 *         .at("api.example.com", "/items", "POST");
 * o.fingerprint();                       // Fingerprint[8c0f…], from rule and location key only
 * Occurrence.of("oas-missing-4xx", Severity.WARNING, "paths./items.post.responses");  // no host/path
 * }</pre>
 *
 * @param rule        the rule id, e.g. "201-without-location"
 * @param severity    the rule's severity
 * @param locationKey what identifies the place across runs, independent of file names, entry
 *                    indexes and line numbers; it is what the {@link Fingerprint} is made of
 * @param host        the host, lower case, without port; "" when unknown or meaningless
 * @param path        the path the rule fired on (e.g. "/legacy/items/7"); "" when unknown
 * @param method      the request method; "" when unknown
 */
public record Occurrence(String rule, Severity severity, String locationKey, String host, String path, String method) {

    public Occurrence {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(locationKey, "locationKey");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
    }

    /** An occurrence with no host, path or method known. */
    public static Occurrence of(String rule, Severity severity, String locationKey) {
        return new Occurrence(rule, severity, locationKey, "", "", "");
    }

    /** This occurrence with a host (lower-cased), a path and a method; null means unknown. */
    public Occurrence at(String host, String path, String method) {
        return new Occurrence(rule, severity, locationKey,
                host == null ? "" : host.toLowerCase(java.util.Locale.ROOT), path == null ? "" : path,
                method == null ? "" : method);
    }

    /** The stable identity of this occurrence: rule id and location key, hashed. */
    public Fingerprint fingerprint() {
        return Fingerprint.of(rule, locationKey);
    }
}
