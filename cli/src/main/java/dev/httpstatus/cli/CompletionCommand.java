package dev.httpstatus.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code httpstatus completion}: prints the shell completion script picocli generates from the
 * command tree. It serves bash directly and zsh through {@code bashcompinit}.
 *
 * <pre>{@code
 * source <(httpstatus completion)          # bash, this shell only
 * httpstatus completion > ~/.local/share/bash-completion/completions/httpstatus
 * }</pre>
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the bash/zsh completion script (for zsh, run 'autoload -U +X bashcompinit"
                + " && bashcompinit' first).")
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(script(spec.root().commandLine()));
        return ExitCodes.FOUND;
    }

    /** The script for the whole {@code httpstatus} command tree. */
    static String script(picocli.CommandLine root) {
        return AutoComplete.bash("httpstatus", root);
    }
}
