package dev.httpstatus.okhttp;

import dev.httpstatus.check.Conformance;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp interceptor that checks every response against the RFCs and, by its
 * {@link Conformance} policy, fails the call or reports the findings.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *         .addNetworkInterceptor(ConformanceInterceptor.failOn(Severity.ERROR))
 *         .build();
 * }</pre>
 *
 * <p>As a network interceptor it sees each hop of a redirect and the request as sent (Host,
 * User-Agent and the rest); as an application interceptor, only the final response. It reads the
 * status line and header fields, never the content (only its declared length), so streaming
 * responses are not held up. A failure is a {@link dev.httpstatus.check.NonConformingResponseException}
 * thrown from {@code execute()}; the response is closed first.
 */
public final class ConformanceInterceptor implements Interceptor {

    /** What this adapter sees of a response. */
    private static final Recorder RECORDER = Recorder.client("OkHttp", true);

    private final Conformance policy;

    /** An interceptor acting on findings as {@code policy} says. */
    public ConformanceInterceptor(Conformance policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** An interceptor failing the call on findings at {@code threshold} or worse. */
    public static ConformanceInterceptor failOn(Severity threshold) {
        return new ConformanceInterceptor(Conformance.failOn(threshold));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        try {
            policy.judge(exchange(response));
        } catch (RuntimeException e) {
            response.close();
            throw e;
        }
        return response;
    }

    /** The exchange of a response and the request it answers. */
    public static Exchange exchange(Response response) {
        Request request = response.request();
        String url = request.url().toString();
        String version = response.protocol().toString();
        int code = response.code();
        boolean noContent = request.method().equals("HEAD") || code == 204 || code == 304 || code / 100 == 1;
        return Exchange.builder(Source.file(url)).recorder(RECORDER)
                .method(request.method()).url(url)
                .requestVersion(version).responseVersion(version)
                .request(headers(request.headers()))
                .status(code).reasonPhrase(response.message())
                .response(headers(response.headers()))
                .bodyLength(noContent ? 0 : response.body().contentLength())
                .build();
    }

    private static Headers headers(okhttp3.Headers fields) {
        Headers.Builder b = Headers.builder();
        for (int i = 0; i < fields.size(); i++) {
            b.add(fields.name(i), fields.value(i));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "ConformanceInterceptor(" + policy + ")";
    }
}
