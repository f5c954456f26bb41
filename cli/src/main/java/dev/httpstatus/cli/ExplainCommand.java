package dev.httpstatus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.Method;
import dev.httpstatus.MethodUsage;
import dev.httpstatus.StatusCode;
import dev.httpstatus.TypicalResponse;
import dev.httpstatus.cli.guide.Advice;
import dev.httpstatus.cli.render.CardView;
import dev.httpstatus.cli.render.Lines;
import dev.httpstatus.json.StatusJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * {@code httpstatus explain <code> [--method M]}: the card, how the code fits the method, the usual
 * cause and cure, and what a client should do next.
 *
 * <pre>{@code
 * httpstatus explain 301 --method PUT     # the missing trailing slash
 * httpstatus explain 429 --json | jq .nextSteps
 * }</pre>
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Everything about one code, plus how it answers a method, the usual cause and fix,"
                + " and what a client should do next (follow, retry, re-authenticate…).")
public final class ExplainCommand implements Callable<Integer> {


    @Parameters(index = "0", paramLabel = "<code|name|phrase>", description = "The code to explain.")
    String query;

    @Option(names = {"-m", "--method"}, paramLabel = "<method>", completionCandidates = MethodNames.class,
            description = "The request method it answered: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, …")
    String method;

    @Mixin
    CommonOptions options;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Method> m = Optional.ofNullable(method).flatMap(ExplainCommand::checkedMethod);
        if (method != null && m.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "'" + method + "' is not a request method: a method is one token of letters, e.g. GET or PUT");
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
        List<TypicalResponse> typical = typical(c, m);
        List<String> steps = Advice.nextSteps(c, m);
        if (root.json(options)) {
            writeJson(io, c, m, typical, steps);
        } else {
            writeText(io, c, m, typical, steps);
        }
        return ExitCodes.FOUND;
    }

    /** What shell completion offers for {@code --method}. */
    static final class MethodNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (Method m : MethodUsage.methods()) {
                names.add(m.token());
            }
            return names.iterator();
        }
    }

    /**
     * The method a person typed: a registered method in any case ("put" is PUT), otherwise the token
     * as written; empty if {@code s} is not an RFC 9110 token.
     */
    static Optional<Method> checkedMethod(String s) {
        return Method.parse(s).map(m -> Method.ofIgnoringCase(m.token()));
    }

    private static List<TypicalResponse> typical(StatusCode c, Optional<Method> method) {
        List<TypicalResponse> rows = new ArrayList<>();
        for (Method m : method.map(List::of).orElse(MethodUsage.methods())) {
            for (TypicalResponse t : MethodUsage.typicalFor(m)) {
                if (t.status() == c) {
                    rows.add(t);
                }
            }
        }
        return rows;
    }

    private static void writeText(Io io, StatusCode c, Optional<Method> method, List<TypicalResponse> typical,
            List<String> steps) {
        Lines lines = io.lines();
        new CardView(lines).write(c);
        if (method.isPresent()) {
            lines.blank();
            Method m = method.get();
            lines.line(lines.style().bold("Answering " + m));
            lines.row("Fits", c.fitsMethod(m) ? "yes" : "unusual: " + c.code() + " answers only "
                    + CardView.join(c.methods()));
            if (typical.isEmpty()) {
                lines.row("Typical", "not among the usual answers to " + m);
            }
            for (TypicalResponse t : typical) {
                lines.row("Typical", t.meaning());
                t.resolutionHint().ifPresent(h -> lines.row("Cause & fix", h));
            }
        } else if (!typical.isEmpty()) {
            lines.blank();
            lines.line(lines.style().bold("By method"));
            Map<String, List<String>> hints = new LinkedHashMap<>();
            for (TypicalResponse t : typical) {
                lines.row(t.method().token(), t.meaning());
                t.resolutionHint().ifPresent(h -> hints.computeIfAbsent(h, k -> new ArrayList<>()).add(t.method().token()));
            }
            hints.forEach((hint, methods) -> lines.row("Cause & fix", String.join(", ", methods) + ": " + hint));
        }
        lines.blank();
        lines.line(lines.style().bold("What next"));
        for (String step : steps) {
            lines.bullet(2, step);
        }
    }

    private static void writeJson(Io io, StatusCode c, Optional<Method> method, List<TypicalResponse> typical,
            List<String> steps) {
        try (JsonGenerator g = Json.generator(io)) {
            g.writeStartObject();
            g.writeFieldName("status");
            StatusJson.write(g, c);
            g.writeStringField("method", method.map(Method::token).orElse(null));
            if (method.isPresent()) {
                g.writeBooleanField("fitsMethod", c.fitsMethod(method.get()));
            } else {
                g.writeNullField("fitsMethod");
            }
            g.writeArrayFieldStart("typical");
            for (TypicalResponse t : typical) {
                g.writeStartObject();
                g.writeStringField("method", t.method().token());
                g.writeStringField("meaning", t.meaning());
                g.writeStringField("resolutionHint", t.resolutionHint().orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("nextSteps");
            for (String s : steps) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.end(io);
    }
}
