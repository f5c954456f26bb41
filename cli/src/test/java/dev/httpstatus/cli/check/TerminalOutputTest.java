package dev.httpstatus.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalOutputTest {

    @Test
    void progressBarDrawsForBigInputsAndErasesItself() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err));
        bar.start("capture.har", 100L << 20);
        bar.advance(50L << 20);
        assertThat(err.toString()).startsWith("\rcapture.har  [###############               ]  50%  50 of 100 MiB");
        bar.finish();
        assertThat(err.toString()).endsWith("\r\u001b[2K");
    }

    @Test
    void smallInputsGetNoBar() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err));
        bar.start("small.har", 1L << 20);
        bar.advance(1L << 19);
        bar.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void noColourWhenAskedOrNotOnATerminal() {
        assertThat(Tty.colorOn(Map.of("NO_COLOR", "1"), false, 1)).isFalse();
        assertThat(Tty.colorOn(Map.of("TERM", "dumb"), false, 1)).isFalse();
        assertThat(Tty.colorOn(Map.of(), true, 1)).isFalse();
    }
}
