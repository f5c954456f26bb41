package dev.httpstatus.bench;

import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpStatus;

/**
 * Code number to reason phrase, over {@link CodeMix#mixed}. Scores are per lookup.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar 'ReasonPhraseBenchmark' -prof gc
 * }</pre>
 *
 * <p>For codes a peer does not know: httpstatus answers with the class title ("Client Error");
 * Spring and Jakarta have no status object, so null is consumed; HttpCore returns null for unknown
 * codes in 100–599 and throws above 599, so it is only asked below 600 (null consumed otherwise);
 * Netty builds a new status whose phrase is e.g. "Client Error (499)" and whose
 * {@code reasonPhrase()} is an {@code AsciiString}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReasonPhraseBenchmark {

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void raw(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(RawTable.PHRASES[c - 100]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void httpstatus(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(StatusCode.of(c).reasonPhrase());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void spring(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            HttpStatus s = HttpStatus.resolve(c);
            bh.consume(s == null ? null : s.getReasonPhrase());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void netty(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(HttpResponseStatus.valueOf(c).reasonPhrase());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void httpcore(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(c < 600 ? EnglishReasonPhraseCatalog.INSTANCE.getReason(c, Locale.ROOT) : null);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void jakarta(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            Response.Status s = Response.Status.fromStatusCode(c);
            bh.consume(s == null ? null : s.getReasonPhrase());
        }
    }
}
