package dev.httpstatus.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code httpstatus show <code|name|phrase>…}: one card per argument.
 *
 * <pre>{@code
 * httpstatus show 404 HTTP_413_REQUEST_ENTITY_TOO_LARGE "client closed request"
 * httpstatus show 418 --json | jq .registration
 * }</pre>
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print one card per code: class, description, header duties, body, caching and retry"
                + " facts, references, former phrases and unofficial meanings. With --json: one object, or an"
                + " array for several codes.")
public final class ShowCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<code|name|phrase>", description = "What to look up.")
    List<String> queries;

    @Mixin
    CommonOptions options;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        return Show.run(root.io(options), queries, root.json(options));
    }
}
