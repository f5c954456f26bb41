package dev.httpstatus.cli;

import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.cli.render.TableView;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code httpstatus search <words…>}: ranked matches over names, phrases, vendors and descriptions.
 *
 * <pre>{@code
 * httpstatus search too many requests
 * httpstatus search teapott --limit 1 --json
 * }</pre>
 */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Find codes by words, best match first; small typos are forgiven."
                + " With --json: an array of cards.")
public final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<word>", description = "Words to look for.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "<n>", defaultValue = "10",
            description = "Show at most this many matches; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    CommonOptions options;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, not " + limit);
        }
        Io io = root.io(options);
        String query = String.join(" ", words);
        List<StatusCode> hits = StatusCodes.search(query);
        if (limit > 0 && hits.size() > limit) {
            hits = hits.subList(0, limit);
        }
        if (root.json(options)) {
            ListCommand.writeJson(io, hits);
        } else {
            new TableView(io.lines(), io.terminal()).write(hits, TableView::statusNote);
        }
        if (hits.isEmpty()) {
            io.error("no status code matches \"" + query + "\"");
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.FOUND;
    }
}
