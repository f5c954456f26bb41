package dev.httpstatus.flink.input;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a reader made of some text: exchanges (with times), skips and malformed records, in order. */
final class Collected implements RecordSink {
    final List<Exchange> exchanges = new ArrayList<>();
    final List<Long> times = new ArrayList<>();
    final List<Skip> skipped = new ArrayList<>();
    final List<String> malformed = new ArrayList<>();

    static Collected read(RecordReader r, String text) {
        Collected c = new Collected();
        try {
            r.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "access.log", c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    int records() {
        return exchanges.size() + skipped.size() + malformed.size();
    }

    @Override
    public void exchange(Exchange x, long time) {
        exchanges.add(x);
        times.add(time);
    }

    @Override
    public void skipped(Skip skip) {
        skipped.add(skip);
    }

    @Override
    public void malformed(Source where, String message) {
        malformed.add(where + ": " + message);
    }
}
