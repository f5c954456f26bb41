package dev.httpstatus.flink.input;

import dev.httpstatus.check.model.Fact;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Set;

/**
 * Reads one file of one input format into exchanges. Implementations are configured on the client,
 * shipped to the task managers with the job, and used there by one thread at a time.
 *
 * <pre>{@code
 * RecordReader r = LogFormat.parse("combined");     // or new HarRecords(), NdjsonRecords.of(fields)
 * r.carries();                                      // [STATUS, METHOD, URL, VERSION, CONTENT_LENGTH]
 * try (InputStream in = Files.newInputStream(p)) { r.read(in, p.toString(), sink); }
 * }</pre>
 */
public interface RecordReader extends Serializable {

    /**
     * Reads every record of {@code in} into {@code sink}; does not close {@code in}. Bad records go to
     * {@link RecordSink#malformed}; only a failure to read the bytes themselves is thrown.
     *
     * @param file the name to locate records by
     */
    void read(InputStream in, String file, RecordSink sink) throws IOException;

    /** The facts a record of this format can hold at most; rules needing others are not checkable. */
    Set<Fact> carries();

    /** A short description for the summary, e.g. "HAR" or "NDJSON (nginx fields)". */
    String describe();

    /** Whether a file named {@code name} is of this format when a directory is searched. */
    boolean accepts(String name);
}
