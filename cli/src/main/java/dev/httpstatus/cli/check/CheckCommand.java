package dev.httpstatus.cli.check;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code httpstatus check}: placeholder until the checker lands; owned by the checker's author. */
@Command(name = "check", description = "Check HTTP exchanges for status-code mistakes.")
public final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("httpstatus check: not available in this build yet");
        return 2;
    }
}
