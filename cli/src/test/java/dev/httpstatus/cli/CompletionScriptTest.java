package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sources the committed completion script in bash and asks it for completions, as bash would. */
class CompletionScriptTest {

    private static String complete(String line) throws Exception {
        Path script = Path.of("..", "completion", "httpstatus.bash").toAbsolutePath().normalize();
        String[] words = line.split(" ", -1);
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append('"').append(w).append("\" ");
        }
        String program = "source '" + script + "' 2>/dev/null\n"
                + "COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_httpstatus 2>/dev/null\n"
                + "echo \"${COMPREPLY[*]}\"\n";
        Process p = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).redirectErrorStream(true).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    @Test
    void completesCommandsAndOptionValues() throws Exception {
        assertThat(complete("httpstatus li")).isEqualTo("list lint");
        assertThat(complete("httpstatus lin")).isEqualTo("lint");
        assertThat(complete("httpstatus list --class ")).isEqualTo("1xx 2xx 3xx 4xx 5xx 6xx 7xx 8xx 9xx");
        assertThat(complete("httpstatus adv")).isEqualTo("advise");
        assertThat(complete("httpstatus advise --method D")).isEqualTo("DELETE");
        assertThat(complete("httpstatus explain 404 --method P")).isEqualTo("POST PUT PATCH");
        assertThat(complete("httpstatus search --li")).isEqualTo("--limit");
    }
}
