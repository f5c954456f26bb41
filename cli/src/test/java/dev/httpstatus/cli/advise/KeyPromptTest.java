package dev.httpstatus.cli.advise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.Advisor;
import dev.httpstatus.Question;
import dev.httpstatus.cli.render.Style;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The raw-key prompt, fed the bytes a terminal sends for arrows, digits and control keys. */
class KeyPromptTest {

    private final StringWriter screen = new StringWriter();

    private int ask(String keys, boolean canGoBack) throws IOException {
        KeyPrompt p = new KeyPrompt(new ByteArrayInputStream(keys.getBytes(StandardCharsets.ISO_8859_1)),
                new PrintWriter(screen), new Style(false), 80);
        return p.ask(Advisor.firstQuestion(), canGoBack);
    }

    @Test
    void arrowsMoveAndEnterPicks() throws IOException {
        assertThat(ask("\u001b[B\u001b[B\r", false)).isEqualTo(2);
        assertThat(ask("\u001b[A\r", false)).as("up from the first wraps to the last")
                .isEqualTo(Advisor.firstQuestion().answers().size() - 1);
        assertThat(ask("\u001bOB\n", false)).as("application-mode arrows").isEqualTo(1);
        assertThat(ask("jjk\r", false)).isEqualTo(1);
        assertThat(ask("\u001b[B\u001b[C", false)).as("right arrow picks").isEqualTo(1);
    }

    @Test
    void aDigitPicksAtOnce() throws IOException {
        assertThat(ask("3", false)).isEqualTo(2);
        assertThat(ask("9x1", false)).as("no ninth answer: ignored").isEqualTo(0);
    }

    @Test
    void backAndQuitKeys() throws IOException {
        assertThat(ask("b", true)).isEqualTo(Prompt.BACK);
        assertThat(ask("\u007f", true)).isEqualTo(Prompt.BACK);
        assertThat(ask("\u001b[D", true)).isEqualTo(Prompt.BACK);
        assertThat(ask("b\u001b[D2", false)).as("nothing to go back to").isEqualTo(1);
        assertThat(ask("q", true)).isEqualTo(Prompt.QUIT);
        assertThat(ask("\u0004", true)).as("Ctrl-D").isEqualTo(Prompt.QUIT);
        assertThat(ask("\u0003", true)).as("Ctrl-C").isEqualTo(Prompt.QUIT);
        assertThat(ask("\u001b", true)).as("Esc alone").isEqualTo(Prompt.QUIT);
        assertThat(ask("", true)).as("end of input").isEqualTo(Prompt.QUIT);
    }

    @Test
    void theListIsRedrawnInPlaceAndCollapsedToTheAnswer() throws IOException {
        ask("\u001b[B\r", false);
        Question q = Advisor.firstQuestion();
        String out = screen.toString();
        assertThat(out).startsWith(q.text() + "\n")
                .contains("> 1. " + q.answers().get(0).label())
                .contains("> 2. " + q.answers().get(1).label().substring(0, 20))
                .contains("\u001b[" + q.answers().size() + "A")
                .contains("→ No: it cannot be parsed").endsWith("…\n\n");
    }
}
