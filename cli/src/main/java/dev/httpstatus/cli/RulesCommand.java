package dev.httpstatus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.report.RuleListing;
import dev.httpstatus.check.rules.Rules;
import dev.httpstatus.openapi.lint.LintRule;
import dev.httpstatus.openapi.lint.LintRules;
import dev.httpstatus.openapi.report.LintRuleListing;
import dev.httpstatus.cli.guide.Checklist;
import dev.httpstatus.cli.render.Lines;
import dev.httpstatus.cli.render.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code httpstatus rules <code>}: the header, body and caching duties of a code as a checklist.
 *
 * <pre>{@code
 * httpstatus rules 405          # [ ] MUST      Allow: always: the methods the target resource supports …
 * httpstatus rules 206 --json
 * httpstatus rules --list       # every rule 'httpstatus check' applies
 * }</pre>
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "The duties of a response with this code, as a checklist: header fields, content,"
                + " caching, retry. With --list: the rules 'httpstatus check' and 'httpstatus lint' apply.")
public final class RulesCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "<code|name|phrase>", description = "The code whose duties to list.")
    String query;

    @Option(names = "--list", description = "List every rule of the checker ('httpstatus check') and of the linter ('httpstatus lint').")
    boolean list;

    @Mixin
    CommonOptions options;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (list) {
            if (query != null) {
                throw new ParameterException(spec.commandLine(), "give a code or --list, not both");
            }
            return listCheckerRules(root.io(options), root.json(options));
        }
        if (query == null) {
            throw new ParameterException(spec.commandLine(),
                    "give the code whose rules to show, e.g. 'rules 405', or --list for the checker's rules");
        }
        Io io = root.io(options);
        Optional<StatusCode> found = Lookup.find(query);
        if (found.isEmpty()) {
            io.error(Lookup.notFound(query));
            if (root.json(options)) {
                Show.writeJsonError(io, query);
            }
            return ExitCodes.NOT_FOUND;
        }
        StatusCode c = found.get();
        List<Checklist.Item> items = Checklist.of(c);
        if (root.json(options)) {
            writeJson(io, c, items);
        } else {
            writeText(io, c, items);
        }
        return ExitCodes.FOUND;
    }

    private static int listCheckerRules(Io io, boolean json) {
        if (!json) {
            io.out().println("Checker rules ('httpstatus check'):");
            RuleListing.writeText(io.out(), io.terminal().color());
            io.out().println();
            io.out().println("Lint rules ('httpstatus lint', OpenAPI descriptions):");
            LintRuleListing.writeText(io.out(), io.terminal().color());
            return ExitCodes.FOUND;
        }
        // One array: the checker's rules ("tool": "check"), then the linter's ("tool": "lint").
        try (JsonGenerator g = Json.generator(io)) {
            g.writeStartArray();
            for (Rule r : Rules.all()) {
                RuleListing.writeRule(g, r, "check");
            }
            for (LintRule r : LintRules.all()) {
                LintRuleListing.writeRule(g, r);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.end(io);
        return ExitCodes.FOUND;
    }

    private static void writeText(Io io, StatusCode c, List<Checklist.Item> items) {
        Lines lines = io.lines();
        Style s = lines.style();
        lines.line(s.ofClass(c.statusClass(), "Rules for " + c.code() + " " + c.reasonPhrase()));
        for (Checklist.Item i : items) {
            String level = String.format("%-10s", i.duty().isPresent() ? i.level() : "");
            String box = i.duty().isPresent() ? "[ ] " : "    ";
            String ref = i.reference().isEmpty() ? "" : " (" + i.reference() + ")";
            String painted = i.duty().map(r -> s.level(r, level)).orElse(level);
            lines.wrapped("  " + box + painted + " ", 17, i.text() + ref);
        }
    }

    private static void writeJson(Io io, StatusCode c, List<Checklist.Item> items) {
        try (JsonGenerator g = Json.generator(io)) {
            g.writeStartObject();
            g.writeNumberField("code", c.code());
            g.writeStringField("phrase", c.reasonPhrase());
            g.writeArrayFieldStart("rules");
            for (Checklist.Item i : items) {
                g.writeStartObject();
                g.writeStringField("topic", i.topic());
                g.writeStringField("subject", i.subject());
                g.writeStringField("level", i.level());
                g.writeStringField("when", i.when());
                g.writeStringField("text", i.text());
                g.writeStringField("reference", i.reference());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.end(io);
    }
}
