package dev.httpstatus.bench;

import dev.httpstatus.StatusCode;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpStatus;

/**
 * Name to status: {@code StatusCode.forName} against the enum {@code valueOf(String)} of Spring and
 * Jakarta (Netty and HttpCore have no lookup by name). Scores are per lookup.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar 'ForNameBenchmark' -prof gc
 * }</pre>
 *
 * <p>The enums accept only the exact constant name and throw otherwise; {@code forName} also takes
 * DRF names and phrases in any case, so those forms are measured for httpstatus alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ForNameBenchmark {

    // Fresh copies, as text read from a request or a file would be: a literal would be the very
    // instance the enums and the index hold as keys, and equals() would succeed on identity alone.
    public String constant = new String("NOT_FOUND".toCharArray());
    public String drfName = new String("HTTP_404_NOT_FOUND".toCharArray());
    public String phrase = new String("Not Found".toCharArray());

    @Benchmark
    public Optional<StatusCode> httpstatus() {
        return StatusCode.forName(constant);
    }

    @Benchmark
    public HttpStatus spring() {
        return HttpStatus.valueOf(constant);
    }

    @Benchmark
    public Response.Status jakarta() {
        return Response.Status.valueOf(constant);
    }

    @Benchmark
    public Optional<StatusCode> drfHttpstatus() {
        return StatusCode.forName(drfName);
    }

    @Benchmark
    public Optional<StatusCode> phraseHttpstatus() {
        return StatusCode.forName(phrase);
    }
}
