package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.cli.render.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RootCommandTest {

    @Test
    void helpListsEveryCommandAndExitCodes() {
        Run r = Run.cli("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: httpstatus", "show", "list", "search", "explain", "rules", "check",
                "serve", "completion", "Exit codes:", "--json", "--no-color", "Examples:");
        assertThat(Run.cli("help", "list").out()).contains("Usage: httpstatus list", "--unofficial");
    }

    @Test
    void versionNamesTheBuild() {
        Run r = Run.cli("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("(?s)httpstatus \\d+\\.\\d+\\.\\d+.*\nJava .*\n");
    }

    @Test
    void noArgumentsIsAUsageError() {
        Run r = Run.cli();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("give a status code");
    }

    @Test
    void unknownOptionIsAUsageErrorWithoutAStackTrace() {
        Run r = Run.cli("list", "--colour");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("httpstatus: Unknown option: '--colour'").doesNotContain("Exception")
                .contains("Run 'httpstatus list --help' for usage.");
    }

    @Test
    void subcommandNamesAndClassesAgree() {
        assertThat(Cli.COMMANDS).hasSameSizeAs(RootCommand.SUBCOMMANDS);
        for (int i = 0; i < Cli.COMMANDS.size(); i++) {
            assertThat(Cli.COMMANDS.get(i).getAnnotation(picocli.CommandLine.Command.class).name())
                    .isEqualTo(RootCommand.SUBCOMMANDS.get(i));
        }
    }

    @Test
    void aCommandLineNamingOneCommandBuildsOnlyThatOneAndBehavesTheSame() {
        assertThat(Cli.named(new String[] {"--no-color", "lint", "api.yaml"})).isEqualTo("lint");
        assertThat(Cli.named(new String[] {"help", "lint"})).isNull();
        assertThat(Cli.named(new String[] {"completion"})).isNull();
        assertThat(Cli.named(new String[] {"404", "list"})).isNull();
        assertThat(Cli.named(new String[] {"--help"})).isNull();
        Run bad = Run.main(Terminal.PLAIN, "list", "--colour");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo(Run.cli("list", "--colour").err());
        assertThat(Run.main(Terminal.PLAIN, "help", "lint").out()).contains("Usage: httpstatus lint");
        assertThat(Run.main(Terminal.PLAIN, "--help").out()).contains("advise", "lint", "serve", "completion");
        assertThat(Run.main(Terminal.PLAIN, "explain", "404", "--json").out())
                .isEqualTo(Run.cli("explain", "404", "--json").out());
    }

    @Test
    void checkAndServeAreRegistered() {
        assertThat(Run.cli("check", "--help").out()).contains("Usage: httpstatus check");
        assertThat(Run.cli("serve", "--help").out()).contains("Usage: httpstatus serve");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(Run.cli(Terminal.ANSI_80, "404").out()).startsWith("\u001b[1;33m404 Not Found\u001b[0m\n");
        assertThat(Run.cli(Terminal.ANSI_80, "404", "--no-color").out()).startsWith("404 Not Found\n")
                .doesNotContain("\u001b[");
        assertThat(Run.cli(Terminal.ANSI_80, "--no-color", "explain", "404").out()).doesNotContain("\u001b[");
        assertThat(Run.cli("404").out()).doesNotContain("\u001b[");
    }

    @Test
    void terminalOutputIsWrappedToTheWidthPipedOutputIsNot() {
        Terminal tty = new Terminal(false, 80, true);
        for (String line : Run.cli(tty, "explain", "301", "--method", "PUT").out().split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
        String piped = Run.cli("404").out();
        assertThat(piped).contains("\n  " + dev.httpstatus.StatusCode.NOT_FOUND.description() + "\n");
    }

    @Test
    void completionScriptIsGeneratedAndTheCommittedCopyIsCurrent() throws IOException {
        Run r = Run.cli("completion");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("complete -F _complete_httpstatus", "explain", "--method");
        Path committed = Path.of("..", "completion", "httpstatus.bash");
        assertThat(committed).exists();
        assertThat(Files.readString(committed))
                .as("completion/httpstatus.bash is stale: regenerate with ./httpstatus completion > completion/httpstatus.bash")
                .isEqualTo(r.out());
    }

    @Test
    void internalErrorsAreOneLineWithoutDebugAndATraceWithIt() {
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = Cli.internalError(new IllegalStateException("boom"), new java.io.PrintWriter(err), false);
        assertThat(exit).isEqualTo(70);
        assertThat(err.toString()).contains("internal error: java.lang.IllegalStateException: boom").doesNotContain("\tat ");
        java.io.StringWriter debug = new java.io.StringWriter();
        Cli.internalError(new IllegalStateException("boom"), new java.io.PrintWriter(debug), true);
        assertThat(debug.toString()).contains("\tat ");
    }
}
