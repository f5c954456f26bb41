package dev.httpstatus.flink.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import dev.httpstatus.flink.input.RecordSink;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitTest {

    private static Hit hit(String file, int line, long time, String url) {
        Exchange x = Exchange.builder(Source.line(file, line)).recorder(Recorder.log("nginx")).method("GET").url(url)
                .status(999).recorded(false, false).build();
        List<Finding> f = Checker.standard().check(x);
        Finding out = f.stream().filter(g -> g.rule().id().equals("status-code-out-of-range")).findFirst().orElseThrow();
        return Hit.of(out, x, time);
    }

    @Test
    void mergesByTimeWhereBothHaveOneAndKeepsTheFirstAsExample() {
        Hit a = hit("b.log", 5, 2_000, "//h/items/1");
        Hit b = hit("a.log", 9, 1_000, "//h/items/2");
        Hit c = hit("c.log", 1, 3_000, "//h/items/3");
        assertThat(a.key()).isEqualTo(b.key()).isEqualTo("status-code-out-of-range\th\t/items/{id}");
        Hit m1 = a.merge(b).merge(c);
        Hit m2 = c.merge(a.merge(b));
        for (Hit m : List.of(m1, m2)) {
            assertThat(m.count).isEqualTo(3);
            assertThat(m.firstSource()).isEqualTo(Source.line("a.log", 9));
            assertThat(m.firstTime).isEqualTo(1_000);
            assertThat(m.exampleUrl).isEqualTo("//h/items/2");
            assertThat(m.lastSource()).isEqualTo(Source.line("c.log", 1));
        }
    }

    @Test
    void withoutTimesOrdersByLocation() {
        Hit a = hit("b.log", 5, RecordSink.NO_TIME, "//h/x");
        Hit b = hit("b.log", 2, RecordSink.NO_TIME, "//h/x");
        Hit c = hit("a.log", 7, RecordSink.NO_TIME, "//h/x");
        Hit m = a.merge(b).merge(c);
        assertThat(m.firstSource()).isEqualTo(Source.line("a.log", 7));
        assertThat(m.lastSource()).isEqualTo(Source.line("b.log", 5));
        assertThat(m.count).isEqualTo(3);
    }
}
