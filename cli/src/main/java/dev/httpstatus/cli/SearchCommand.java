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

    /** Without --limit: the relevant matches, at most this many. */
    static final int DEFAULT_LIMIT = 10;

    @Option(names = {"-n", "--limit"}, paramLabel = "<n>",
            description = "Show the best <n> matches, weak ones too; 0 for every match. Without it: the"
                    + " relevant matches (those scoring near the best), at most " + DEFAULT_LIMIT + ".")
    Integer limit;

    @Mixin
    CommonOptions options;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit != null && limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, not " + limit);
        }
        Io io = root.io(options);
        String query = String.join(" ", words);
        List<StatusCode> hits = limit != null ? StatusCodes.search(query, limit) : StatusCodes.search(query);
        if (limit == null && hits.size() > DEFAULT_LIMIT) {
            hits = hits.subList(0, DEFAULT_LIMIT);
        }
        if (root.json(options)) {
            ListCommand.writeJson(io, hits);
        } else {
            new TableView(io.lines(), io.terminal()).write(hits, TableView::statusNote);
        }
        if (hits.isEmpty()) {
            io.error("no status code matches \"" + query + "\"; try fewer or other words, or describe what"
                    + " happened: httpstatus advise \"" + query + "\"");
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.FOUND;
    }
}
