package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.INFO;

import dev.httpstatus.Method;
import dev.httpstatus.Reference;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Rule;
import java.util.List;

/**
 * Advice about content beyond the catalog's duties (those, such as no content in a 204, are rules of
 * {@link DutyRules}).
 */
final class ContentRules {

    private ContentRules() {}

    static List<Rule> rules() {
        return List.of(
            Rule.of("error-without-explanation", INFO, Reference.rfc(9110, "15.5"),
                "error response without content explaining the error",
                "Send a short body saying what went wrong and whether it is temporary, e.g. application/problem+json.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && c.isError() && !x.isMethod(Method.HEAD) && x.bodyLength() == 0) {
                        out.report(c + " with empty content");
                    }
                }).forStatus(s -> s >= 400 && s <= 599).needing(Fact.METHOD, Fact.CONTENT_LENGTH, Fact.RESPONSE_FIELDS)
        );
    }
}
