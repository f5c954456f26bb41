package dev.httpstatus.check;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Source;

/** Test shorthand for exchanges: {@code X.of("GET", 401, "Content-Length: 0").body(0)}. */
public final class X {

    private final Exchange.Builder b;
    private final Headers.Builder response = Headers.builder();
    private final Headers.Builder request = Headers.builder();

    private X(String method, int status) {
        b = Exchange.builder(Source.entry("test.har", 0)).method(method).url("https://example.com/x")
                .requestVersion("HTTP/1.1").responseVersion("HTTP/1.1").status(status);
    }

    /** A {@code method} request answered with {@code status} and these "Name: value" response fields; body length 10. */
    public static X of(String method, int status, String... responseFields) {
        X x = new X(method, status);
        for (String f : responseFields) {
            int colon = f.indexOf(':');
            x.response.add(f.substring(0, colon).trim(), f.substring(colon + 1).trim());
        }
        x.b.bodyLength(10);
        return x;
    }

    public X req(String... requestFields) {
        for (String f : requestFields) {
            int colon = f.indexOf(':');
            request.add(f.substring(0, colon).trim(), f.substring(colon + 1).trim());
        }
        return this;
    }

    public X phrase(String p) {
        b.reasonPhrase(p);
        return this;
    }

    public X version(String requestVersion, String responseVersion) {
        b.requestVersion(requestVersion).responseVersion(responseVersion);
        return this;
    }

    public X url(String url) {
        b.url(url);
        return this;
    }

    public X body(long length) {
        b.bodyLength(length);
        return this;
    }

    public X text(String body) {
        b.bodyLength(body.length()).body(body, true);
        return this;
    }

    private Headers earlier;
    private java.util.List<String> loop;

    /** The capture showed this redirect closing a loop through {@code uris}. */
    public X loop(String... uris) {
        loop = java.util.List.of(uris);
        return this;
    }

    /** A 200 to the same URI, with these fields, came earlier in the capture. */
    public X afterOk(String... okFields) {
        Headers.Builder h = Headers.builder();
        for (String f : okFields) {
            int colon = f.indexOf(':');
            h.add(f.substring(0, colon).trim(), f.substring(colon + 1).trim());
        }
        earlier = h.build();
        return this;
    }

    public Exchange build() {
        Exchange x = b.request(request.build()).response(response.build()).build();
        x = earlier == null ? x : x.withEarlierOk(earlier);
        return loop == null ? x : x.withRedirectLoop(loop);
    }
}
