package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure pieces: range parsing, negotiation, code specs, text checks, configuration. */
class PartsTest {

    @Test
    void parsesByteRanges() {
        assertThat(ByteRanges.parse("bytes=0-9", 100)).containsExactly(new ByteRanges.Range(0, 9));
        assertThat(ByteRanges.parse("bytes=90-", 100)).containsExactly(new ByteRanges.Range(90, 99));
        assertThat(ByteRanges.parse("bytes=-10", 100)).containsExactly(new ByteRanges.Range(90, 99));
        assertThat(ByteRanges.parse("bytes=95-200", 100)).containsExactly(new ByteRanges.Range(95, 99));
        assertThat(ByteRanges.parse("bytes= 0-1 , 5-6", 100)).hasSize(2);
        assertThat(ByteRanges.parse("bytes=100-", 100)).isEmpty();
        assertThat(ByteRanges.parse("bytes=-0", 100)).isEmpty();
        for (String bad : List.of("items=0-1", "bytes=5-3", "bytes=a-b", "bytes=-", "bytes=1-2-3", "bytes=", "0-1")) {
            assertThat(ByteRanges.parse(bad, 100)).as(bad).isNull();
        }
    }

    @Test
    void negotiatesByQuality() {
        assertThat(Negotiation.choose(null)).isEqualTo(MediaKind.JSON);
        assertThat(Negotiation.choose("text/plain")).isEqualTo(MediaKind.TEXT);
        assertThat(Negotiation.choose("text/*")).isEqualTo(MediaKind.TEXT);
        assertThat(Negotiation.choose("text/plain;q=0.4, text/html;q=0.5")).isEqualTo(MediaKind.HTML);
        assertThat(Negotiation.choose("application/problem+json, text/html")).isEqualTo(MediaKind.JSON);
        assertThat(Negotiation.choose("text/html;q=0, */*")).isEqualTo(MediaKind.JSON);
        assertThat(Negotiation.choose("text/plain;q=oops")).isEqualTo(MediaKind.JSON);
        for (String odd : new String[] {";", ",", ";;,", "text", "/", "text/plain;", ";q=1"}) {
            assertThat(Negotiation.choose(odd)).as(odd).isNotNull();
        }
    }

    @Test
    void readsCodeSpecs() {
        assertThat(StatusSpec.single("404").code()).isEqualTo(404);
        assertThat(StatusSpec.pick("500:0,502:2").code()).isEqualTo(502);
        assertThatThrownBy(() -> StatusSpec.single("4040")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("4040");
        assertThatThrownBy(() -> StatusSpec.pick("200:1e7")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> StatusSpec.pick("200,".repeat(70))).isInstanceOf(ProblemException.class);
    }

    @Test
    void checksFieldText() {
        assertThat(Text.isFieldText("max-age=60, private")).isTrue();
        assertThat(Text.isFieldText("a\r\nb")).isFalse();
        assertThat(Text.isFieldText(" a")).isFalse();
        assertThat(Text.isFieldText("caf\u00e9")).isFalse();
        assertThat(Text.isToken("X-Trace")).isTrue();
        assertThat(Text.isToken("X Trace")).isFalse();
        assertThat(Text.quote("a\nb")).isEqualTo("\"a\\x0ab\"");
        assertThat(Text.html("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }

    @Test
    void configRefusesNonsense() {
        ServerConfig d = ServerConfig.defaults();
        assertThat(d.port()).isEqualTo(8080);
        assertThat(d.withPort(0).withAccessLog(true).accessLog()).isTrue();
        assertThatThrownBy(() -> d.withPort(70000)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
        assertThatThrownBy(() -> d.withBind(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxConnections(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withIdleTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingOnABusyPortSaysWhichAddress() {
        try (StatusServer first = StatusServer.start(ServerConfig.defaults().withPort(0))) {
            assertThatThrownBy(() -> StatusServer.start(ServerConfig.defaults().withPort(first.port())))
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port());
        }
    }
}
