package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.ERROR;
import static dev.httpstatus.check.model.Severity.INFO;

import dev.httpstatus.Reference;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Rule;
import java.util.List;

/** Rules about whether a response carries content, and whether it should. */
final class ContentRules {

    private ContentRules() {}

    static List<Rule> rules() {
        return List.of(
            Rule.of("content-in-bodiless-response", ERROR, Reference.rfc(9110, "6.4.1"),
                "content in a response whose status forbids it",
                "Send no content with 1xx, 204, 205 and 304; for 204 and 1xx omit Content-Length too.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && !c.contentAllowed() && Facts.hasContent(x)) {
                        out.report(x.bodyLength() + " bytes of content with " + c);
                    }
                }),
            Rule.of("content-in-head-response", ERROR, Reference.rfc(9110, "9.3.2"),
                "content in a response to HEAD",
                "Answer HEAD with the GET response's header fields only; Content-Length may stay, the content may not.",
                (x, out) -> {
                    if (x.isMethod("HEAD") && Facts.hasContent(x)) {
                        out.report(x.bodyLength() + " bytes of content");
                    }
                }),
            Rule.of("content-length-in-1xx-or-204", ERROR, Reference.rfc(9110, "8.6"),
                "Content-Length in a 1xx or 204 response",
                "Leave Content-Length out of 1xx and 204 responses; they end with their header section.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && (c.isInformational() || c == StatusCode.NO_CONTENT)) {
                        x.response().first("Content-Length").ifPresent(v -> out.report("Content-Length: " + v + " with " + c));
                    }
                }),
            Rule.of("transfer-encoding-in-1xx-or-204", ERROR, Reference.rfc(9112, "6.1"),
                "Transfer-Encoding in a 1xx or 204 response",
                "Leave Transfer-Encoding out of 1xx and 204 responses; there is no content to encode.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && (c.isInformational() || c == StatusCode.NO_CONTENT)) {
                        x.response().first("Transfer-Encoding").ifPresent(v -> out.report("Transfer-Encoding: " + v + " with " + c));
                    }
                }),
            Rule.of("error-without-explanation", INFO, Reference.rfc(9110, "15.5"),
                "error response without content explaining the error",
                "Send a short body saying what went wrong and whether it is temporary, e.g. application/problem+json.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && c.isError() && !x.isMethod("HEAD") && x.bodyLength() == 0) {
                        out.report(c + " with empty content");
                    }
                })
        );
    }
}
