package dev.httpstatus.flink.input;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;

/**
 * Receives what a {@link RecordReader} reads from one file, in order: every record is exactly one of
 * an exchange to check, an entry skipped with its reason, or a malformed record with its location.
 *
 * <pre>{@code
 * reader.read(in, "access.log", new RecordSink() {
 *     public void exchange(Exchange x, long time) { ... }
 *     public void skipped(Skip s) { ... }
 *     public void malformed(Source where, String message) { ... }
 * });
 * }</pre>
 */
public interface RecordSink {

    /** {@code time} value for a record that carries no time. */
    long NO_TIME = Long.MIN_VALUE;

    /** One exchange read; {@code time} is when it happened (epoch milliseconds) or {@link #NO_TIME}. */
    void exchange(Exchange x, long time);

    /** One record read but not an HTTP response (status 0: the client went away first). */
    void skipped(Skip skip);

    /** One record that could not be read as the format says, with where and what was wrong. */
    void malformed(Source where, String message);
}
