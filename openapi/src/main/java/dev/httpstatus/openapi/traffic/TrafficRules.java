package dev.httpstatus.openapi.traffic;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.DeclaredResponse;
import dev.httpstatus.openapi.OpenApiSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checker's rules for holding traffic against a description: a status the matched operation does
 * not declare (and no range or {@code default} covers), and a request the description has no
 * operation for. One instance per description and run, since it records {@link Coverage}.
 *
 * <pre>{@code
 * TrafficRules t = TrafficRules.of(description, List.of());
 * Checker c = Checker.of(concat(Rules.all(), t.rules()));
 * … after the run: t.coverage().remarks()
 * }</pre>
 */
public final class TrafficRules {

    /** The ids, stable: the checker's rule ids carry no prefix. */
    public static final String UNDECLARED_STATUS = "status-not-in-openapi";
    public static final String UNDECLARED_OPERATION = "operation-not-in-openapi";

    private final OperationMatcher matcher;
    private final Coverage coverage;
    private final List<Rule> rules;

    private TrafficRules(ApiDescription d, OperationMatcher matcher) {
        this.matcher = matcher;
        this.coverage = new Coverage(d);
        this.rules = List.of(
            Rule.of(UNDECLARED_STATUS, Severity.WARNING, OpenApiSpec.RESPONSES,
                "status code the operation's description does not declare",
                "Declare the code in the operation's responses (or a range or default that covers it), or stop sending it.",
                this::status),
            Rule.of(UNDECLARED_OPERATION, Severity.WARNING, OpenApiSpec.PATHS,
                "request the API description has no operation for",
                "Describe the operation (path and method) in the description, or check that the client calls the right URL.",
                this::operation));
    }

    /**
     * Rules for {@code d}; {@code servers}, when not empty, replace the description's server URLs.
     *
     * @throws IllegalArgumentException for a server that is not a URL or absolute path
     */
    public static TrafficRules of(ApiDescription d, List<String> servers) {
        return new TrafficRules(d, OperationMatcher.of(d, servers));
    }

    /** The two rules, to add to the checker's. */
    public List<Rule> rules() {
        return rules;
    }

    /** What the traffic checked so far showed. */
    public Coverage coverage() {
        return coverage;
    }

    private void status(Exchange x, Rule.Reporter out) {
        if (x.url().isEmpty()) {
            return;
        }
        OperationMatcher.Match m = matcher.match(x.methodText(), x.url());
        switch (m.kind()) {
            case OUTSIDE -> coverage.countOutside();
            case NO_PATH, NO_METHOD -> coverage.countUndescribed();
            case OPERATION -> {
                ApiOperation op = m.operation().orElseThrow();
                coverage.matched(op, x.status());
                if (op.responseFor(x.status()).isEmpty()) {
                    out.report(x.status() + " to " + op.label() + "; it declares "
                            + (op.responses().isEmpty() ? "nothing"
                            : op.responses().stream().map(DeclaredResponse::key).map(Object::toString)
                                    .collect(Collectors.joining(", "))));
                }
            }
        }
    }

    private void operation(Exchange x, Rule.Reporter out) {
        if (x.url().isEmpty()) {
            return;
        }
        OperationMatcher.Match m = matcher.match(x.methodText(), x.url());
        if (m.kind() == OperationMatcher.Kind.NO_PATH) {
            out.report("no path of the description matches " + x.methodText() + " " + x.url());
        } else if (m.kind() == OperationMatcher.Kind.NO_METHOD) {
            out.report(m.path() + " is described for " + String.join(", ", m.methods()) + ", not " + x.methodText());
        }
    }
}
