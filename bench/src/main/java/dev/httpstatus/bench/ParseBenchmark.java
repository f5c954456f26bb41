package dev.httpstatus.bench;

import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AsciiString;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Text to status: {@code StatusCode.parse} against Netty's {@code HttpResponseStatus.parseLine}, the
 * only peer with a text parser (Spring, HttpCore and Jakarta have none). Scores are per parse.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar 'ParseBenchmark' -prof gc
 * }</pre>
 *
 * <p>Netty reads "code phrase" only; given a whole status line ("HTTP/1.1 404 Not Found") it throws,
 * so the status-line forms are measured for httpstatus alone. Netty compares the phrase with its
 * own and keeps a custom one in a new object; httpstatus ignores the phrase, as RFC 9112 §4 lets a
 * client do. Netty takes a fast path for its own {@code AsciiString}, so both inputs are measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ParseBenchmark {

    // Non-final fields: the JIT must read the text on every call rather than fold the answer.
    public String codeAndPhrase = "404 Not Found";
    public AsciiString asciiCodeAndPhrase = AsciiString.of("404 Not Found");
    public String bareCode = "404";
    public String statusLine = "HTTP/1.1 404 Not Found";
    public String http2StatusLine = "HTTP/2 404";

    @Benchmark
    public Optional<StatusCode> httpstatus() {
        return StatusCode.parse(codeAndPhrase);
    }

    @Benchmark
    public HttpResponseStatus netty() {
        return HttpResponseStatus.parseLine(codeAndPhrase);
    }

    @Benchmark
    public Optional<StatusCode> asciiHttpstatus() {
        return StatusCode.parse(asciiCodeAndPhrase);
    }

    @Benchmark
    public HttpResponseStatus asciiNetty() {
        return HttpResponseStatus.parseLine(asciiCodeAndPhrase);
    }

    @Benchmark
    public Optional<StatusCode> bareHttpstatus() {
        return StatusCode.parse(bareCode);
    }

    @Benchmark
    public HttpResponseStatus bareNetty() {
        return HttpResponseStatus.parseLine(bareCode);
    }

    @Benchmark
    public Optional<StatusCode> statusLineHttpstatus() {
        return StatusCode.parse(statusLine);
    }

    @Benchmark
    public Optional<StatusCode> http2StatusLineHttpstatus() {
        return StatusCode.parse(http2StatusLine);
    }
}
