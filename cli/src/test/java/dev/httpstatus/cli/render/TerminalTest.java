package dev.httpstatus.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void columnsComeFromTheEnvironmentWithinSaneBounds() {
        assertThat(Terminal.columns(null)).isEqualTo(80);
        assertThat(Terminal.columns("100")).isEqualTo(100);
        assertThat(Terminal.columns("10")).isEqualTo(40);
        assertThat(Terminal.columns("500")).isEqualTo(120);
        assertThat(Terminal.columns("wide")).isEqualTo(80);
    }

    @Test
    void withoutAConsoleOutputIsPlain() {
        // Test runs have no console, so even a colour-friendly environment gives plain output.
        assertThat(Terminal.detect(Map.of("TERM", "xterm-256color"), false)).isEqualTo(Terminal.PLAIN);
    }

    @Test
    void onAConsoleColourFollowsNoColorTermAndTheFlag() {
        assertThat(Terminal.detect(Map.of(), false, true)).isEqualTo(Terminal.ANSI_80);
        assertThat(Terminal.detect(Map.of("NO_COLOR", "1"), false, true)).isEqualTo(new Terminal(false, 80, true));
        assertThat(Terminal.detect(Map.of("NO_COLOR", ""), false, true).color()).isTrue();
        assertThat(Terminal.detect(Map.of("TERM", "dumb"), false, true).color()).isFalse();
        assertThat(Terminal.detect(Map.of(), true, true).color()).isFalse();
        assertThat(Terminal.detect(Map.of("COLUMNS", "100"), false, true).width()).isEqualTo(100);
        assertThat(Terminal.detect(Map.of(), false, false)).isEqualTo(Terminal.PLAIN);
    }

    @Test
    void wrappedRowsKeepTheirColumnAndWidth() {
        StringWriter out = new StringWriter();
        Lines lines = new Lines(new PrintWriter(out, true), new Terminal(false, 40, false), new Style(false));
        lines.row("Label", "one two three four five six seven eight nine ten eleven twelve");
        lines.row("", "x");
        String[] rows = out.toString().split("\n");
        assertThat(rows[0]).startsWith("  Label       one two");
        for (String r : rows) {
            assertThat(r.length()).isLessThanOrEqualTo(40);
        }
        assertThat(rows[1]).startsWith(" ".repeat(Lines.VALUE_COLUMN)).doesNotStartWith(" ".repeat(Lines.VALUE_COLUMN + 1));
        assertThat(rows[rows.length - 1]).isEqualTo(" ".repeat(Lines.VALUE_COLUMN) + "x");
    }

    @Test
    void colourDoesNotCountTowardsTheWidth() {
        StringWriter out = new StringWriter();
        Style s = new Style(true);
        Lines lines = new Lines(new PrintWriter(out, true), new Terminal(true, 40, false), s);
        lines.row("Headers", s.level(dev.httpstatus.Requirement.MUST, "MUST") + " Allow: twenty");
        assertThat(out.toString()).doesNotContain("\n ").endsWith("twenty\n");
        assertThat(Lines.visibleLength(s.bold("abc") + "de")).isEqualTo(5);
    }

    @Test
    void styleIsPlainWithoutColour() {
        assertThat(new Style(false).bold("x")).isEqualTo("x");
        assertThat(new Style(true).bold("x")).isEqualTo("\u001b[1mx\u001b[0m");
    }
}
