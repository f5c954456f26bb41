package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Whatever escapes a command, errors of the JVM included, exits 70: 1 means findings or a miss. */
class InternalFailureTest {

    private static String[] run(IntSupplier command, boolean debug) {
        StringWriter err = new StringWriter();
        int exit = Main.guarded(command, new PrintWriter(err), debug);
        return new String[] {Integer.toString(exit), err.toString()};
    }

    @Test
    void errorsAndExceptionsExitSeventyWithOneLine() {
        String[] oom = run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, false);
        assertThat(oom[0]).isEqualTo("70");
        assertThat(oom[1]).isEqualTo("httpstatus: internal error: out of memory\n");

        String[] deep = run(() -> {
            throw new StackOverflowError();
        }, false);
        assertThat(deep[0]).isEqualTo("70");
        assertThat(deep[1]).startsWith("httpstatus: internal error: java.lang.StackOverflowError\n").doesNotContain("\tat ");

        String[] bug = run(() -> {
            throw new IllegalStateException("boom");
        }, true);
        assertThat(bug[0]).isEqualTo("70");
        assertThat(bug[1]).contains("IllegalStateException: boom").contains("\tat ");

        assertThat(run(() -> 1, false)[0]).as("a command's own exit code passes through").isEqualTo("1");
    }

    @Test
    void anErrorInsidePicocliIsCaughtToo() {
        // picocli wraps exceptions only: an Error thrown by a command reaches Main.run's guard
        StringWriter err = new StringWriter();
        int exit = Main.guarded(() -> new picocli.CommandLine(new Failing()).execute(), new PrintWriter(err), false);
        assertThat(exit).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).contains("internal error: java.lang.AssertionError: not a finding");
    }

    @picocli.CommandLine.Command(name = "failing")
    static final class Failing implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new AssertionError("not a finding");
        }
    }
}
