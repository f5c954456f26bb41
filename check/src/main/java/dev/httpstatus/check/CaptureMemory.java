package dev.httpstatus.check;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one capture has shown so far that later exchanges are judged by: the header fields of the
 * latest 200 per URI, so that a 304 or 206 to the same URI can be held to "send what the 200 would".
 * Bounded: the least recently used URIs are forgotten past {@link #MAX_URIS}.
 *
 * <pre>{@code
 * CaptureMemory m = new CaptureMemory();
 * Exchange seen = m.see(x);   // x, with the earlier 200's fields attached when it is a 206 or 304
 * }</pre>
 *
 * <p>Not thread-safe: one per input, read in order.
 */
final class CaptureMemory {

    /** URIs remembered at once; a capture's pages rarely revisit more, and memory stays bounded. */
    static final int MAX_URIS = 4096;

    private final Map<String, Headers> ok = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Headers> eldest) {
            return size() > MAX_URIS;
        }
    };

    /** Remembers {@code x} if it is a 200, and returns it with what an earlier 200 showed when that matters. */
    Exchange see(Exchange x) {
        String uri = uri(x.url());
        if (uri.isEmpty()) {
            return x;
        }
        if (x.status() == 200) {
            ok.put(uri, x.response());
            return x;
        }
        if (x.status() == 304 || x.status() == 206) {
            Headers earlier = ok.get(uri);
            return earlier == null ? x : x.withEarlierOk(earlier);
        }
        return x;
    }

    private static String uri(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
