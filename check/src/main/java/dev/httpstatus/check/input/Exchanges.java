package dev.httpstatus.check.input;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Exchanges built from the response types of HTTP clients, so that traffic can be checked where it
 * happens, without a capture file.
 *
 * <pre>{@code
 * HttpResponse<String> res = client.send(request, HttpResponse.BodyHandlers.ofString());
 * List<Finding> findings = Checker.standard().check(Exchanges.of(res));
 * }</pre>
 *
 * <p>What the JDK client hides cannot be judged: it reports no reason phrase (so
 * {@code reason-phrase-differs} never fires) and no interim 1xx responses, and its request headers
 * are those the caller set, without the ones the client adds itself (Host, User-Agent,
 * Content-Length). The content is known when the body handler kept it as a {@code String} or
 * {@code byte[]}; otherwise only its declared Content-Length is.
 */
public final class Exchanges {

    private Exchanges() {}

    /**
     * The exchange that produced {@code response}: its request's method, URI and header fields, and
     * the response's version, status, header fields and, where the body handler kept it, content.
     */
    public static Exchange of(HttpResponse<?> response) {
        Objects.requireNonNull(response, "response");
        String uri = response.uri().toString();
        String version = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        Exchange.Builder x = Exchange.builder(Source.file(uri))
                .recorder(Recorder.LIVE) // java.net.http: no reason phrase, no 1xx
                .method(response.request().method())
                .url(uri)
                .requestVersion(version)
                .responseVersion(version)
                .request(headers(response.request().headers()))
                .status(response.statusCode())
                .response(headers(response.headers()));
        Object body = response.body();
        if (body instanceof String s) {
            OptionalLong declared = contentLength(response.headers());
            x.bodyLength(declared.isPresent() ? declared.getAsLong() : utf8Length(s)).body(s, true);
        } else if (body instanceof byte[] b) {
            x.bodyLength(b.length).body(new String(b, 0, Math.min(b.length, HarReader.MAX_BODY), StandardCharsets.UTF_8),
                    b.length <= HarReader.MAX_BODY);
        } else {
            x.bodyLength(contentLength(response.headers()).orElse(-1));
        }
        return x.build();
    }

    /** The body's length in UTF-8 bytes, counted without encoding it. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1; // a lone surrogate: the encoder writes '?' in its place
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static OptionalLong contentLength(HttpHeaders headers) {
        return headers.firstValueAsLong("Content-Length");
    }

    private static Headers headers(HttpHeaders headers) {
        int count = 0;
        for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
            count += e.getKey().startsWith(":") ? 0 : e.getValue().size();
        }
        // sized exactly, so building takes the arrays as they are (one exchange per test assertion)
        Headers.Builder b = Headers.builder(count);
        for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
            if (e.getKey().startsWith(":")) {
                continue; // HTTP/2 pseudo-header fields are not header fields
            }
            for (String v : e.getValue()) {
                b.add(e.getKey(), v);
            }
        }
        return b.build();
    }
}
