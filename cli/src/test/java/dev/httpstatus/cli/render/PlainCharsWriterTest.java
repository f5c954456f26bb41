package dev.httpstatus.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PlainCharsWriterTest {

    @Test
    void typographyBecomesAsciiAndEverythingElsePassesThrough() throws IOException {
        StringWriter s = new StringWriter();
        try (PlainCharsWriter w = new PlainCharsWriter(s)) {
            w.write("RFC 9110 \u00a715.5.5 \u2014 \u201cNot Found\u201d isn\u2019t\u2026");
            w.write('\u2013');
            w.write(new char[] {'a', '\u00a7', 'b'}, 1, 1);
        }
        assertThat(s.toString()).isEqualTo("RFC 9110 sec. 15.5.5 - \"Not Found\" isn't...-sec. ");
    }
}
