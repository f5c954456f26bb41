package dev.httpstatus.check.input;

import dev.httpstatus.RedirectMethod;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends a request to a live URL with {@code java.net.http} and turns each response into an exchange;
 * with {@link LiveRequest#follow()} every redirect hop is checked.
 *
 * <pre>{@code
 * LiveFetcher.fetch("http://127.0.0.1:8080/x", LiveRequest.get().following(true), sink);
 * }</pre>
 *
 * <p>The JDK client does not report the reason phrase, nor interim 1xx responses, so rules about
 * them cannot fire here. Failures (refused connection, timeout, a header the JDK will not send)
 * become a {@link BadInputException} naming the URL.
 */
public final class LiveFetcher {

    /** Most redirects followed before giving up. */
    public static final int MAX_HOPS = 10;
    /** Content beyond this is not read, so that an endless stream cannot hold the check. */
    private static final long MAX_READ = 16L << 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private LiveFetcher() {}

    /** Fetches {@code url} and passes each response to {@code sink}. */
    public static void fetch(String url, LiveRequest request, ExchangeSink sink) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        URI target = uri(url, url);
        String method = request.method();
        byte[] body = request.body();
        Set<String> seen = new HashSet<>();
        for (int hop = 0; ; hop++) {
            Source source = Source.hop(url, hop);
            HttpRequest req = build(source, target, method, request.headers(), body);
            HttpResponse<InputStream> res = send(client, req, source);
            Exchange x = exchange(source, target, method, req, res);
            sink.exchange(x);
            String location = res.headers().firstValue("Location").orElse(null);
            int s = res.statusCode();
            RedirectMethod how = s >= StatusCode.MIN_CODE && s <= StatusCode.MAX_CODE
                    ? StatusCode.of(s).redirectMethod().orElse(null) : null;
            if (!request.follow() || how == null || location == null) {
                return;
            }
            if (hop + 1 >= MAX_HOPS) {
                throw new BadInputException(source, "", "stopped after " + MAX_HOPS + " redirects");
            }
            URI next;
            try {
                next = target.resolve(new URI(location.trim()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return; // the unparsable Location is reported as a finding; there is nowhere to go
            }
            seen.add(method + " " + target);
            // What 303 asks for (HEAD stays HEAD), and what browsers do with POST on 301 and 302.
            if (how == RedirectMethod.CHANGES_TO_GET && !method.equals("HEAD")
                    || how == RedirectMethod.POST_MAY_CHANGE_TO_GET && method.equals("POST")) {
                method = "GET";
                body = new byte[0];
            }
            if (seen.contains(method + " " + next)) {
                return; // a loop: reported by redirect-to-self or visible in the hops already checked
            }
            target = next;
        }
    }

    private static URI uri(String text, String url) throws BadInputException {
        try {
            URI u = new URI(text);
            if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
                    || u.getHost() == null) {
                throw new BadInputException(Source.file(url), "", "expected an http:// or https:// URL with a host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new BadInputException(Source.file(url), "", "not a valid URL: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    private static HttpRequest build(Source source, URI target, String method, List<String> headers, byte[] body)
            throws BadInputException {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (int i = 0; i < headers.size(); i += 2) {
                b.header(headers.get(i), headers.get(i + 1));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "", "cannot send this request: " + e.getMessage());
        }
    }

    private static HttpResponse<InputStream> send(HttpClient client, HttpRequest req, Source source) throws IOException {
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new BadInputException(source, "", "connection refused by " + req.uri().getAuthority());
        } catch (HttpConnectTimeoutException e) {
            throw new BadInputException(source, "", "no connection to " + req.uri().getAuthority() + " within 10 s");
        } catch (HttpTimeoutException e) {
            throw new BadInputException(source, "", "no response within " + TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(source, "", "interrupted while waiting for the response");
        } catch (IOException e) {
            throw new BadInputException(source, "", "request failed: " + e.getMessage());
        }
    }

    private static Exchange exchange(Source source, URI target, String method, HttpRequest req,
            HttpResponse<InputStream> res) throws IOException {
        Headers.Builder rq = Headers.builder();
        for (Map.Entry<String, List<String>> e : req.headers().map().entrySet()) {
            for (String v : e.getValue()) {
                rq.add(e.getKey(), v);
            }
        }
        Headers.Builder rs = Headers.builder();
        for (Map.Entry<String, List<String>> e : res.headers().map().entrySet()) {
            if (e.getKey().startsWith(":")) {
                continue;
            }
            for (String v : e.getValue()) {
                rs.add(e.getKey(), v);
            }
        }
        String version = res.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        Exchange.Builder x = Exchange.builder(source).recorder(Recorder.LIVE).method(method).url(target.toString())
                .requestVersion(version).responseVersion(version).request(rq.build())
                .status(res.statusCode()).response(rs.build());
        long length = 0;
        byte[] prefix = new byte[HarReader.MAX_BODY];
        int kept = 0;
        try (InputStream in = res.body()) {
            byte[] buf = new byte[8192];
            int n;
            while (length < MAX_READ && (n = in.read(buf)) > 0) {
                int room = prefix.length - kept;
                if (room > 0) {
                    System.arraycopy(buf, 0, prefix, kept, Math.min(room, n));
                    kept += Math.min(room, n);
                }
                length += n;
            }
        }
        if (length >= MAX_READ) {
            x.note("stopped reading the content after " + MAX_READ + " bytes");
        }
        x.bodyLength(length);
        x.body(new String(prefix, 0, kept, StandardCharsets.UTF_8), length <= prefix.length);
        if (res.statusCode() / 100 == 1) {
            x.note("interim response reported by the HTTP client");
        }
        return x.build();
    }
}
