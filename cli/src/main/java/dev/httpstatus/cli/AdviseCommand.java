package dev.httpstatus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.Advice;
import dev.httpstatus.Advisor;
import dev.httpstatus.Method;
import dev.httpstatus.cli.advise.AdviceView;
import dev.httpstatus.cli.advise.KeyPrompt;
import dev.httpstatus.cli.advise.LinePrompt;
import dev.httpstatus.cli.advise.Prompt;
import dev.httpstatus.cli.advise.QuestionFlow;
import dev.httpstatus.cli.advise.RawMode;
import dev.httpstatus.cli.render.Lines;
import dev.httpstatus.json.AdviceJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.List;
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
 * {@code httpstatus advise "<situation>"}: which code to send, ranked, with the reason and the
 * duties that come with it. Without words, a few questions about the request lead to one code.
 *
 * <pre>{@code
 * httpstatus advise "the user is not logged in"
 * httpstatus advise "resource already exists" --method POST --json | jq '.[0].code'
 * httpstatus advise                       # the question flow (arrow keys on a terminal, numbers otherwise)
 * }</pre>
 */
@Command(name = "advise", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Which code should I send? Describe the situation in plain words; the best codes come"
                + " first, each with the reason and the duties that come with it.",
            "Without words: a few questions about the request (arrow keys or numbers; b back, q quit)"
                + " lead to one code. With --json: [{code, phrase, why, reference, duties}], best first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:advice given", " 1:nothing recognised, or the questions were left unanswered",
            " 2:usage error", "70:internal error"},
        footerHeading = "%nExamples:%n",
        footer = {"  httpstatus advise \"the user is not logged in\"",
            "  httpstatus advise \"resource already exists\" --method POST",
            "  httpstatus advise \"validation failed\" --json | jq '.[0].code'",
            "  httpstatus advise"})
public final class AdviseCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "<word>", description = "The situation, in plain words.")
    List<String> words = List.of();

    @Option(names = {"-m", "--method"}, paramLabel = "<method>", completionCandidates = ExplainCommand.MethodNames.class,
            description = "The request's method: codes that cannot answer it are left out.")
    String method;

    @Option(names = {"-n", "--limit"}, paramLabel = "<n>", defaultValue = "3",
            description = "Show at most this many codes; 0 for every match (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    CommonOptions options;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<Method> m = Optional.ofNullable(method).flatMap(ExplainCommand::checkedMethod);
        if (method != null && m.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "'" + method + "' is not a request method: a method is one token of letters, e.g. GET or PUT");
        }
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, not " + limit);
        }
        Io io = root.io(options);
        boolean json = root.json(options);
        if (words.isEmpty()) {
            return questions(io, json);
        }
        String situation = String.join(" ", words);
        List<Advice> advice = Advisor.advise(situation, m);
        if (limit > 0 && advice.size() > limit) {
            advice = advice.subList(0, limit);
        }
        if (json) {
            writeJson(io, advice);
        } else {
            new AdviceView(io.lines()).write(advice);
        }
        if (advice.isEmpty()) {
            io.error("nothing in \"" + situation + "\" points to a code. Say what happened to the request, e.g."
                    + " 'the user is not logged in' or 'the email is already registered', or run 'httpstatus advise'"
                    + " without words to answer a few questions");
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.FOUND;
    }

    /** The decision tree: raw keys on a terminal, numbered lines otherwise. */
    private int questions(Io io, boolean json) throws IOException {
        Optional<RawMode> raw = root.interactive() ? RawMode.enter() : Optional.empty();
        // Questions go to stderr when stdout is JSON, so `advise --json | jq` still reads one document.
        Lines ui = json ? new Lines(io.err(), io.terminal(), io.style()) : io.lines();
        java.io.PrintWriter uiOut = json ? io.err() : io.out();
        Optional<Advice> answer;
        try {
            if (raw.isPresent()) {
                uiOut.print(io.style().dim("Which status code? A few questions about the request.") + "\n\n");
            }
            Prompt prompt = raw.isPresent()
                    ? new KeyPrompt(root.stdin(), uiOut, io.style(), io.terminal().width())
                    : new LinePrompt(new BufferedReader(new InputStreamReader(root.stdin(), Io.charset())),
                            uiOut, io.err(), io.style());
            answer = new QuestionFlow(prompt).run();
        } finally {
            raw.ifPresent(RawMode::close);
        }
        if (answer.isEmpty()) {
            io.error("no code chosen; run 'httpstatus advise \"<situation>\"' to describe it in words instead");
            return ExitCodes.NOT_FOUND;
        }
        if (json) {
            writeJson(io, List.of(answer.get()));
        } else {
            new AdviceView(ui).write("", answer.get());
        }
        return ExitCodes.FOUND;
    }

    private static void writeJson(Io io, List<Advice> advice) {
        try (JsonGenerator g = Json.generator(io)) {
            AdviceJson.writeArray(g, advice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.end(io);
    }
}
