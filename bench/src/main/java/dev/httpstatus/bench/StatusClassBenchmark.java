package dev.httpstatus.bench;

import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpStatus;

/**
 * Code number to class (1xx … 5xx), over {@link CodeMix#mixed}. Scores are per lookup.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar 'StatusClassBenchmark' -prof gc
 * }</pre>
 *
 * <p>Each library is measured twice where it can be: through its status object (the way the class is
 * usually reached) and straight from the number. For 600–999: httpstatus gives UNDEFINED, Spring's
 * {@code Series.resolve} null, Netty's {@code HttpStatusClass} UNKNOWN, Jakarta's {@code Family}
 * OTHER. Spring's {@code series()} and Jakarta's {@code getFamily()} need a status object, so codes
 * those enums lack consume null there.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StatusClassBenchmark {

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void raw(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(RawTable.CLASSES[c - 100]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void httpstatus(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(StatusCode.of(c).statusClass());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void httpstatusFromInt(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(StatusClass.of(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void spring(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            HttpStatus s = HttpStatus.resolve(c);
            bh.consume(s == null ? null : s.series());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void springFromInt(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(HttpStatus.Series.resolve(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void netty(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(HttpResponseStatus.valueOf(c).codeClass());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void nettyFromInt(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(HttpStatusClass.valueOf(c));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void jakarta(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            Response.Status s = Response.Status.fromStatusCode(c);
            bh.consume(s == null ? null : s.getFamily());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CodeMix.SIZE)
    public void jakartaFromInt(CodeMix mix, Blackhole bh) {
        for (int c : mix.mixed) {
            bh.consume(Response.Status.Family.familyOf(c));
        }
    }
}
