package dev.httpstatus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.cli.render.TableView;
import dev.httpstatus.json.StatusJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code httpstatus list}: a compact table of codes, one line each.
 *
 * <pre>{@code
 * httpstatus list --class 4xx
 * httpstatus list --unofficial --json | jq '.[].code'
 * }</pre>
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "List codes, one line each: the IANA registry by default. With --json: an array of cards.")
public final class ListCommand implements Callable<Integer> {

    @Option(names = "--class", paramLabel = "<class>", converter = StatusClassConverter.class,
            completionCandidates = StatusClassConverter.Labels.class,
            description = "Only this class: 1xx, 2xx, 3xx, 4xx or 5xx; or 6xx-9xx, the values beyond them"
                    + " (vendor codes; listed from every known code).")
    StatusClassConverter.Hundreds statusClass;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Selection selection;

    @Mixin
    CommonOptions options;

    @ParentCommand
    RootCommand root;

    /** Which codes to list; at most one. */
    static final class Selection {
        @Option(names = "--registered", description = "Codes in the IANA registry, of any standing (default).")
        boolean registered;

        @Option(names = "--unofficial", description = "Codes with vendor meanings (nginx, Cloudflare, IIS, …).")
        boolean unofficial;

        @Option(names = "--historical", description = "Codes with former phrases, or obsoleted, reserved or deprecated.")
        boolean historical;

        @Option(names = "--all", description = "Every code the catalog knows.")
        boolean all;
    }

    @Override
    public Integer call() {
        Io io = root.io(options);
        Selection s = selection == null ? new Selection() : selection;
        Predicate<StatusCode> keep = s.unofficial ? c -> !c.unofficialMeanings().isEmpty()
                : s.historical ? ListCommand::isHistorical : c -> true;
        // 6xx-9xx hold no registered codes, so there "registered" would always be empty: list what is known.
        boolean beyond = statusClass != null && statusClass.statusClass() == StatusClass.UNDEFINED;
        List<StatusCode> source = s.unofficial || s.historical || s.all || beyond ? StatusCodes.known() : StatusCodes.inRegistry();
        List<StatusCode> codes = new ArrayList<>();
        for (StatusCode c : source) {
            if ((statusClass == null || statusClass.contains(c)) && keep.test(c)) {
                codes.add(c);
            }
        }
        if (root.json(options)) {
            writeJson(io, codes);
        } else {
            Function<StatusCode, String> note = s.unofficial ? TableView::vendorNote
                    : s.historical ? TableView::historyNote : TableView::statusNote;
            new TableView(io.lines(), io.terminal()).write(codes, note);
        }
        if (codes.isEmpty()) {
            io.error(beyond ? "the catalog knows no code in " + statusClass + "; every code from " + statusClass.digit()
                    + "00 to " + statusClass.digit() + "99 is still a value: try 'httpstatus " + statusClass.digit() + "00'"
                    : "no codes match these options; try 'httpstatus list --all'");
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.FOUND;
    }

    static boolean isHistorical(StatusCode c) {
        return !c.formerPhrases().isEmpty() || c.isDeprecated()
                || switch (c.registration()) {
                    case OBSOLETED, RESERVED -> true;
                    default -> false;
                };
    }

    static void writeJson(Io io, List<StatusCode> codes) {
        try (JsonGenerator g = Json.generator(io)) {
            StatusJson.writeArray(g, codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.end(io);
    }
}
