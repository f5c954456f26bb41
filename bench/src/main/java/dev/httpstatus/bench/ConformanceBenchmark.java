package dev.httpstatus.bench;

import dev.httpstatus.assertj.HttpStatusAssertions;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.input.Exchanges;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code assertThat(response).conformsToRfc()} costs a test, on a typical finding-free
 * exchange (a JSON GET answered 200 with Date, Content-Type, Content-Length, Cache-Control and ETag),
 * split into its parts. Scores are per exchange; run with {@code -prof gc} for bytes per exchange.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar ConformanceBenchmark -f 3 -i 3 -prof gc
 * }</pre>
 *
 * <ul>
 *   <li>{@code check}: {@code Checker.standard().check(x)} on a ready exchange: every rule;</li>
 *   <li>{@code exchangeOf}: {@code Exchanges.of(HttpResponse)}: copying the JDK's request and response into an exchange;</li>
 *   <li>{@code conformsToRfc}: the whole assertion, AssertJ's assert object included.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ConformanceBenchmark {

    private HttpResponse<String> response;
    private Exchange exchange;

    @Setup(Level.Trial)
    public void setUp() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/api/items/7"))
                .header("Accept", "application/json").header("Authorization", "Bearer abc").GET().build();
        String body = "{\"id\":7,\"name\":\"widget\",\"price\":12.5}";
        HttpHeaders headers = HttpHeaders.of(Map.of(
                "content-type", List.of("application/json"),
                "content-length", List.of(Integer.toString(body.length())),
                "date", List.of("Tue, 01 Dec 2026 10:00:00 GMT"),
                "cache-control", List.of("max-age=60"),
                "etag", List.of("\"v7\"")), (n, v) -> true);
        response = new Response(request, 200, headers, body);
        exchange = Exchanges.of(response);
        List<Finding> findings = Checker.standard().check(exchange);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("the typical exchange must be finding-free: " + findings);
        }
    }

    /** The ready exchange that {@link #check()} judges. */
    Exchange exchange() {
        return exchange;
    }

    @Benchmark
    public List<Finding> check() {
        return Checker.standard().check(exchange);
    }

    @Benchmark
    public Exchange exchangeOf() {
        return Exchanges.of(response);
    }

    @Benchmark
    public Object conformsToRfc() {
        return HttpStatusAssertions.assertThat(response).conformsToRfc();
    }

    /** A received response, as the JDK client hands it over. */
    private record Response(HttpRequest request, int statusCode, HttpHeaders headers, String body)
            implements HttpResponse<String> {

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
