package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.ERROR;
import static dev.httpstatus.check.model.Severity.INFO;
import static dev.httpstatus.check.model.Severity.WARNING;

import dev.httpstatus.FormerPhrase;
import dev.httpstatus.Reference;
import dev.httpstatus.Registration;
import dev.httpstatus.StatusCode;
import dev.httpstatus.UnofficialMeaning;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Rule;
import java.util.List;
import java.util.stream.Collectors;

/** Rules about the code itself: is it valid, registered, still in good standing, and phrased as registered. */
final class RegistryRules {

    private RegistryRules() {}

    static final Reference IANA = new Reference("IANA HTTP Status Code Registry", "",
            "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml");

    static List<Rule> rules() {
        return List.of(
            Rule.of("status-code-out-of-range", ERROR, Reference.rfc(9110, "15"),
                "status code outside 100-599",
                "Send a three-digit code whose first digit is 1 to 5; no client knows the class of any other.",
                (x, out) -> {
                    int s = x.status();
                    if (s < 100 || s > 599) {
                        out.report(s > 999 || s < 100 ? "status " + s + " is not a three-digit code"
                                : "status " + s + " has no class in HTTP");
                    }
                }),
            Rule.of("unregistered-status-code", WARNING, Reference.rfc(9110, "16.2"),
                "status code not in the IANA registry and used by no known vendor",
                "Use a registered code of the same class; clients will treat this one as the class's x00.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && !c.isKnown()) {
                        out.report(x.status() + " will be read as " + c.statusClass().first());
                    }
                }).forStatus(s -> s >= 100 && s <= 599),
            Rule.of("vendor-status-code", INFO, IANA,
                "vendor-specific status code, not in the IANA registry",
                "Fine behind that vendor's product; elsewhere prefer the registered code that matches the meaning.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && c.registration() == Registration.UNASSIGNED && !c.unofficialMeanings().isEmpty()) {
                        out.report(x.status() + " is " + c.unofficialMeanings().stream()
                                .map(UnofficialMeaning::toString).collect(Collectors.joining(", ")));
                    }
                }).forStatus(s -> s >= 100 && s <= 599),
            Rule.of("obsoleted-status-code", WARNING, IANA,
                "status code marked obsolete in the IANA registry",
                "Stop sending it; pick a current code with the meaning you need.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && c.registration() == Registration.OBSOLETED) {
                        out.report(c.toString());
                    }
                }),
            Rule.of("deprecated-status-code", WARNING, Reference.rfc(9110, "15.4.6"),
                "deprecated status code sent",
                "Do not send 305: clients ignore it for security reasons; configure the proxy on the client instead.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && c.isDeprecated()) {
                        out.report(c.toString());
                    }
                }),
            Rule.of("reserved-status-code", WARNING, Reference.rfc(9110, "15.4.7"),
                "status code reserved in the IANA registry, not for use",
                "Send a code with a defined meaning; reserved ones exist only so that old uses cannot clash.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    if (c != null && c.registration() == Registration.RESERVED) {
                        out.report(c + (c.references().isEmpty() ? "" : " (" + c.references().get(0) + ")"));
                    }
                }),
            Rule.of("reason-phrase-differs", INFO, Reference.rfc(9112, "4"),
                "reason phrase differs from the registered one",
                "Send the registered phrase; clients ignore it, but people reading logs do not.",
                (x, out) -> {
                    StatusCode c = Facts.code(x);
                    String p = x.reasonPhrase().trim();
                    if (c == null || p.isEmpty() || x.responseVersion().isMultiplexed()
                            || !c.registration().isInRegistry() || p.equalsIgnoreCase(c.reasonPhrase())) {
                        return;
                    }
                    for (FormerPhrase f : c.formerPhrases()) {
                        if (f.phrase().equalsIgnoreCase(p)) {
                            out.report("\"" + p + "\" is the former phrase from " + f.source()
                                    + "; now \"" + c.reasonPhrase() + "\"");
                            return;
                        }
                    }
                    out.report("\"" + p + "\" instead of \"" + c.reasonPhrase() + "\"");
                }).needing(Fact.REASON_PHRASE)
        );
    }
}
