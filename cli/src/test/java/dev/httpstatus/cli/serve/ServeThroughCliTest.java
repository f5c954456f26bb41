package dev.httpstatus.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.cli.Cli;
import dev.httpstatus.cli.render.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code serve} as registered in the real command line, not just on its own. */
class ServeThroughCliTest {

    @Test
    void helpListsTheServerOptions() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(Terminal.PLAIN, new PrintWriter(out), new PrintWriter(err)).execute("serve", "--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--port").contains("--bind").contains("--access-log")
                .contains("127.0.0.1");
    }

    @Test
    void badPortIsAUsageError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(Terminal.PLAIN, new PrintWriter(out), new PrintWriter(err))
                .execute("serve", "--port", "99999");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("99999");
    }
}
