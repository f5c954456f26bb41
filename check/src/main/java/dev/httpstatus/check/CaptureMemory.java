package dev.httpstatus.check;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Locations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one capture has shown so far that later exchanges are judged by: the header fields of the
 * latest 200 per URI, so that a 304 or 206 to the same URI can be held to "send what the 200 would",
 * and where each URI redirected, so that a redirect closing a loop is seen.
 * Bounded: the least recently used URIs are forgotten past {@link #MAX_URIS}.
 *
 * <pre>{@code
 * CaptureMemory m = new CaptureMemory();
 * Exchange seen = m.see(x);   // x, with the earlier 200's fields attached when it is a 206 or 304
 * }</pre>
 *
 * <p>Not thread-safe: one per input, read in order. Public so that other drivers of the checker (the
 * Flink job reads one HAR file per split) judge a capture exactly as {@link CheckSession} does.
 */
public final class CaptureMemory {

    /** URIs remembered at once; a capture's pages rarely revisit more, and memory stays bounded. */
    public static final int MAX_URIS = 4096;

    /** An empty memory, for the start of one input. */
    public CaptureMemory() {}

    private final Map<String, Headers> ok = bounded();
    /** Where each URI last redirected to, resolved against it. */
    private final Map<String, String> redirects = bounded();

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_URIS;
            }
        };
    }

    /** Remembers {@code x} if it is a 200, and returns it with what an earlier 200 showed when that matters. */
    public Exchange see(Exchange x) {
        String uri = Locations.withoutFragment(x.url());
        if (uri.isEmpty()) {
            return x;
        }
        if (x.status() == 200) {
            // Only fields a later 304 or 206 must repeat matter; a 200 without any leaves nothing to hold
            // them to, which is what an empty memory says too.
            if (carriesAny(x.response())) {
                ok.put(uri, x.response());
            } else {
                ok.remove(uri);
            }
            return x;
        }
        if (x.status() == 304 || x.status() == 206) {
            Headers earlier = ok.get(uri);
            return earlier == null ? x : x.withEarlierOk(earlier);
        }
        String target = x.status() >= 300 && x.status() < 400 && x.isResponseRecorded()
                ? x.response().first("Location").flatMap(l -> Locations.resolve(uri, l)).orElse(null) : null;
        if (target == null) {
            return x;
        }
        redirects.put(uri, target);
        List<String> chain = new ArrayList<>();
        chain.add(uri);
        for (String at = target; at != null && chain.size() <= MAX_HOPS; at = redirects.get(at)) {
            chain.add(at);
            if (at.equals(uri)) {
                return x.withRedirectLoop(chain);
            }
        }
        return x;
    }

    /** The fields RFC 9110 §15.3.7 and §15.4.5 ask a 206 or 304 to repeat from the 200. */
    private static final String[] REPEATED = {"ETag", "Cache-Control", "Vary", "Expires", "Content-Location"};

    private static boolean carriesAny(Headers h) {
        for (String f : REPEATED) {
            if (h.has(f)) {
                return true;
            }
        }
        return false;
    }

    /** Longest chain followed when looking for a loop; clients give up sooner. */
    public static final int MAX_HOPS = 20;

}
