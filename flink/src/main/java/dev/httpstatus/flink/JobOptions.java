package dev.httpstatus.flink;

import dev.httpstatus.flink.input.RecordReader;
import java.time.Duration;
import java.util.Objects;

/**
 * What one run of the job reads, how, and where it writes.
 *
 * <pre>{@code
 * JobOptions o = JobOptions.batch("captures/", "out/", new HarRecords());
 * JobOptions w = o.watching(Duration.ofSeconds(10), Duration.ofMinutes(1));
 * }</pre>
 *
 * @param input           a file, a directory (searched recursively) or a glob; any Flink file system URI
 * @param output          the directory the job writes results/, malformed/, aggregate/ and summary/ to
 * @param reader          the input format
 * @param watch           false: read the files there are now and stop (batch); true: keep watching
 * @param monitorInterval how often a watched directory is listed for new files
 * @param window          in watch mode, the processing-time window the aggregate and summary cover
 */
public record JobOptions(String input, String output, RecordReader reader, boolean watch, Duration monitorInterval,
        Duration window) {

    public JobOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(monitorInterval, "monitorInterval");
        Objects.requireNonNull(window, "window");
    }

    /** Reads what is there now, once. */
    public static JobOptions batch(String input, String output, RecordReader reader) {
        return new JobOptions(input, output, reader, false, Duration.ofSeconds(10), Duration.ofMinutes(1));
    }

    /** The same run, watching the input for new files. */
    public JobOptions watching(Duration monitorInterval, Duration window) {
        return new JobOptions(input, output, reader, true, monitorInterval, window);
    }
}
