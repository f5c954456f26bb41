package dev.httpstatus.bench;

import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Code number to status object: {@code StatusCode.of(int)} against each peer's lookup, over the
 * same {@link CodeMix}. Scores are per lookup.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar 'OfBenchmark' -prof gc
 * }</pre>
 *
 * <p>What a peer gives for a code it does not know (none of these throw on the mixed array):
 * Spring {@code HttpStatus.resolve} returns null; Spring {@code HttpStatusCode.valueOf} allocates a
 * new {@code DefaultHttpStatusCode}; Netty {@code valueOf} allocates a new status with a made-up
 * phrase such as "Client Error (499)"; Jakarta {@code fromStatusCode} returns null. Spring's
 * {@code HttpStatus.valueOf(int)} throws on unknown codes, so it only runs over {@link CodeMix#known}
 * (where every contestant is measured again for comparison).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OfBenchmark {

    /** The cost of the loop and the Blackhole alone: subtract it to compare lookups net. */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void baseline(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(c);
        }
    }

    /** The floor: one array load. */
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
            bh.consume(StatusCode.of(c));
        }
    }

    /** Linear search over the enum's cached values; null for unknown codes. */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void springResolve(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(HttpStatus.resolve(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void springStatusCode(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(HttpStatusCode.valueOf(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void netty(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(HttpResponseStatus.valueOf(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void jakarta(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(Response.Status.fromStatusCode(c));
        }
    }

    // ---------------------------------------------------------------- codes every peer knows

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void knownRaw(CodeMix mix, Blackhole bh) {
        for (int c : mix.known) {
            bh.consume(RawTable.PHRASES[c - 100]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void knownHttpstatus(CodeMix mix, Blackhole bh) {
        for (int c : mix.known) {
            bh.consume(StatusCode.of(c));
        }
    }

    /** {@code resolve} plus a null check that would throw; safe here because every code is known. */
    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void knownSpringValueOf(CodeMix mix, Blackhole bh) {
        for (int c : mix.known) {
            bh.consume(HttpStatus.valueOf(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void knownSpringStatusCode(CodeMix mix, Blackhole bh) {
        for (int c : mix.known) {
            bh.consume(HttpStatusCode.valueOf(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void knownNetty(CodeMix mix, Blackhole bh) {
        for (int c : mix.known) {
            bh.consume(HttpResponseStatus.valueOf(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void knownJakarta(CodeMix mix, Blackhole bh) {
        for (int c : mix.known) {
            bh.consume(Response.Status.fromStatusCode(c));
        }
    }
}
