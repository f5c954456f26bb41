package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.WARNING;

import dev.httpstatus.Reference;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Rule;
import java.util.List;

/**
 * Rules that need more than one exchange of a capture: what the capture showed earlier is attached
 * to an exchange as it is read (see {@code CaptureMemory}), so these rules judge one exchange at a time.
 */
final class CaptureRules {

    private CaptureRules() {}

    static List<Rule> rules() {
        return List.of(
            Rule.of("redirect-loop", WARNING, Reference.rfc(9110, "15.4"),
                "redirect that leads back to a URI the same chain of redirects already passed",
                "Break the cycle: one of the redirects must lead to a resource that answers without redirecting.",
                (x, out) -> {
                    if (!x.redirectLoop().isEmpty()) {
                        out.report(String.join(" → ", x.redirectLoop()));
                    }
                }).forStatus(Facts::isRedirect).needing(Fact.URL, Fact.RESPONSE_FIELDS)
        );
    }
}
