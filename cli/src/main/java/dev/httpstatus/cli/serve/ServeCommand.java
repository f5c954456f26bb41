package dev.httpstatus.cli.serve;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code httpstatus serve}: placeholder until the server lands; owned by the server's author. */
@Command(name = "serve", description = "Run the status-code test server.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("httpstatus serve: not available in this build yet");
        return 2;
    }
}
