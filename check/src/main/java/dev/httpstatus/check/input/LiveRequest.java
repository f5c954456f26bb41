package dev.httpstatus.check.input;

import java.util.List;
import java.util.Objects;

/**
 * What to send when checking a live URL: method, extra header fields, content, and whether to follow
 * redirects (checking each hop).
 *
 * <pre>{@code
 * LiveRequest r = LiveRequest.get().withMethod("POST").withHeader("Content-Type", "application/json")
 *         .withBody("{}".getBytes(UTF_8)).following(true);
 * }</pre>
 *
 * @param method  the request method, upper case
 * @param headers extra fields as alternating name, value
 * @param body    the content to send; empty for none
 * @param follow  whether to follow redirects, up to {@link LiveFetcher#MAX_HOPS}
 */
public record LiveRequest(String method, List<String> headers, byte[] body, boolean follow) {

    public LiveRequest {
        Objects.requireNonNull(method, "method");
        headers = List.copyOf(headers);
        if (headers.size() % 2 != 0) {
            throw new IllegalArgumentException("headers must alternate name and value");
        }
        body = body == null ? new byte[0] : body.clone();
    }

    /** A plain GET, no extra fields, not following redirects. */
    public static LiveRequest get() {
        return new LiveRequest("GET", List.of(), new byte[0], false);
    }

    public LiveRequest withMethod(String m) {
        return new LiveRequest(m.toUpperCase(java.util.Locale.ROOT), headers, body, follow);
    }

    public LiveRequest withHeader(String name, String value) {
        List<String> h = new java.util.ArrayList<>(headers);
        h.add(name);
        h.add(value);
        return new LiveRequest(method, h, body, follow);
    }

    public LiveRequest withBody(byte[] content) {
        return new LiveRequest(method, headers, content, follow);
    }

    public LiveRequest following(boolean f) {
        return new LiveRequest(method, headers, body, f);
    }

    /** The content; a copy. */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
