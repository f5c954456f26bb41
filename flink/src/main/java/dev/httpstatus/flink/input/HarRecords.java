package dev.httpstatus.flink.input;

import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.input.ExchangeSink;
import dev.httpstatus.check.input.HarReader;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Skip;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * HAR files, read by the checker's own streaming {@link HarReader}: one file is one split, because a
 * capture is judged as a whole (a 304 against the same URI's earlier 200, redirect loops).
 *
 * <pre>{@code new HarRecords().read(in, "session.har", sink);}</pre>
 *
 * <p>JSON has no point to resume at: the first unreadable spot of a file is one malformed record, and
 * the entries after it are not read (the CLI stops such a file the same way).
 */
public final class HarRecords implements RecordReader {

    private static final long serialVersionUID = 1L;

    @Override
    public void read(InputStream in, String file, RecordSink sink) throws IOException {
        try {
            HarReader.read(in, file, new ExchangeSink() {
                @Override
                public void exchange(Exchange x) {
                    sink.exchange(x, RecordSink.NO_TIME);
                }

                @Override
                public void skipped(Skip skip) {
                    sink.skipped(skip);
                }
            });
        } catch (BadInputException e) {
            sink.malformed(e.source(), e.getMessage());
        }
    }

    @Override
    public Set<Fact> carries() {
        return EnumSet.allOf(Fact.class);
    }

    @Override
    public String describe() {
        return "HAR";
    }

    @Override
    public boolean accepts(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".har") || n.endsWith(".har.gz");
    }
}
