package dev.httpstatus.check;

import dev.httpstatus.check.input.ExchangeSink;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Skip;
import java.util.ArrayList;
import java.util.List;

/** Test sink keeping everything a reader passes on. */
public final class Collect implements ExchangeSink {
    public final List<Exchange> exchanges = new ArrayList<>();
    public final List<Skip> skips = new ArrayList<>();

    @Override
    public void exchange(Exchange x) {
        exchanges.add(x);
    }

    @Override
    public void skipped(Skip skip) {
        skips.add(skip);
    }
}
