package dev.httpstatus.check.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a Location leads: resolved against the request's URI, without fragment, so that redirect
 * rules compare targets the way a client following them would.
 *
 * <pre>{@code
 * Locations.resolve("https://a.example/x/y", "../z#top");  // Optional["https://a.example/z"]
 * Locations.withoutFragment("https://a.example/p#s");      // "https://a.example/p"
 * }</pre>
 */
public final class Locations {

    private Locations() {}

    /** {@code location} resolved against {@code base} and normalised, without fragment; empty if either is unparsable. */
    public static Optional<String> resolve(String base, String location) {
        try {
            return Optional.of(withoutFragment(new URI(base).resolve(new URI(location.trim())).normalize().toString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // an unparsable Location is another rule's finding
        }
    }

    /** {@code uri} up to its first '#'. */
    public static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }
}
