package dev.httpstatus.cli.render;

import dev.httpstatus.FormerPhrase;
import dev.httpstatus.Duty;
import dev.httpstatus.Method;
import dev.httpstatus.Reference;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import dev.httpstatus.UnofficialMeaning;
import java.util.ArrayList;
import java.util.List;

/**
 * The human card of a status code: identity, description, header duties, body/caching/retry facts,
 * references, former phrases and vendor meanings, one labelled row each.
 *
 * <pre>{@code
 * new CardView(lines).write(StatusCode.NOT_FOUND);
 * // 404 Not Found
 * //   Class       4xx Client Error
 * //   …
 * }</pre>
 */
public final class CardView {

    private final Lines lines;

    public CardView(Lines lines) {
        this.lines = lines;
    }

    /** Writes the whole card. */
    public void write(StatusCode c) {
        Style s = lines.style();
        lines.line(s.ofClass(c.statusClass(), c.code() + " " + c.reasonPhrase()));
        lines.row("Class", c.statusClass().label() + " " + c.statusClass().title());
        lines.row("Registry", registry(c));
        // Plain code, no lambdas: the first lambda of a run costs a lookup ~3 ms of start-up.
        List<String> names = new ArrayList<>(2);
        if (c.constantName().isPresent()) {
            names.add("StatusCode." + c.constantName().get());
        }
        if (c.drfName().isPresent()) {
            names.add("Http." + c.drfName().get());
        }
        if (!names.isEmpty()) {
            lines.row("Names", String.join(", ", names));
        }
        lines.blank();
        lines.paragraph(c.description());
        lines.blank();
        writeFacts(c);
        writeSources(c);
    }

    /** Header duties, body, caching, retry and methods: the rows {@code rules} turns into a checklist. */
    public void writeFacts(StatusCode c) {
        Style s = lines.style();
        List<Duty> duties = new ArrayList<>();
        for (Duty d : c.headerDuties()) {
            if (!d.isGeneral()) { // Date on every 2xx-4xx and the like: in `rules`, not on every card
                duties.add(d);
            }
        }
        if (duties.isEmpty()) {
            lines.row("Headers", "none tied to this code");
        }
        for (int i = 0; i < duties.size(); i++) {
            Duty d = duties.get(i);
            lines.row(i == 0 ? "Headers" : "", s.level(d.level(), d.level().label()) + " " + d.field().orElseThrow()
                    + (d.value().describe().isEmpty() ? "" : " " + d.value().describe()) + ": "
                    + d.when() + " (" + d.reference() + ")");
        }
        lines.row("Body", body(c));
        lines.row("Caching", c.isCacheableByDefault()
                ? "cacheable by default: a cache may reuse it without explicit freshness (RFC 9110 §15.1)"
                : "stored by caches only with explicit freshness (Cache-Control, Expires)");
        lines.row("Retry", retry(c));
        if (c.redirectMethod().isPresent()) {
            lines.row("Redirect", redirect(c));
        }
        lines.row("Methods", c.methods().isEmpty() ? "any" : join(c.methods()));
    }

    private void writeSources(StatusCode c) {
        List<Reference> refs = c.references();
        for (int i = 0; i < refs.size(); i++) {
            lines.row(i == 0 ? "References" : "", refs.get(i) + "  " + lines.style().dim(refs.get(i).url()));
        }
        List<FormerPhrase> former = c.formerPhrases();
        for (int i = 0; i < former.size(); i++) {
            lines.row(i == 0 ? "Formerly" : "", "\"" + former.get(i).phrase() + "\" (" + former.get(i).source() + ")");
        }
        List<UnofficialMeaning> vendor = c.unofficialMeanings();
        for (int i = 0; i < vendor.size(); i++) {
            UnofficialMeaning u = vendor.get(i);
            lines.row(i == 0 ? "Unofficial" : "", "\"" + u.phrase() + "\" (" + u.vendor() + ")"
                    + (u.note().isEmpty() ? "" : ": " + u.note()));
        }
    }

    /** Where the code stands in the IANA registry, in a few words. */
    public static String registry(StatusCode c) {
        String text = switch (c.registration()) {
            case REGISTERED -> "registered";
            case TEMPORARY -> "temporary registration"
                    + (c.registeredOn().isPresent() ? ", registered " + c.registeredOn().get() : "")
                    + (c.expiresOn().isPresent()
                            ? expiry(c.expiresOn().get(), java.time.LocalDate.now(java.time.ZoneOffset.UTC)) : "");
            case OBSOLETED -> "obsoleted: registered once, now marked obsolete";
            case RESERVED -> "reserved: kept out of use";
            case UNASSIGNED -> unassigned(c);
        };
        return c.isDeprecated() ? text + "; deprecated, do not use" : text;
    }

    /** The catalog is a snapshot: past its expiry date, the registration may have been renewed. */
    static String expiry(java.time.LocalDate expires, java.time.LocalDate today) {
        return today.isAfter(expires)
                ? ", expired " + expires + " unless IANA has extended it since this catalog was made"
                : ", expires " + expires;
    }

    private static String unassigned(StatusCode c) {
        if (c.statusClass() == StatusClass.UNDEFINED) {
            return "not in the IANA registry; not a valid code on the wire: clients treat it as a server error"
                    + " (RFC 9110 §15)";
        }
        String fallback = StatusCode.of(c.statusClass().first()).toString();
        return (c.unofficialMeanings().isEmpty() ? "not in the IANA registry, no known use" : "not in the IANA registry")
                + "; a client that does not know it treats it as " + fallback;
    }

    /** The methods, as people list them: "POST, PUT, PATCH". */
    public static String join(java.util.Collection<Method> methods) {
        StringBuilder b = new StringBuilder();
        for (Method m : methods) {
            b.append(b.length() == 0 ? "" : ", ").append(m.token());
        }
        return b.toString();
    }

    private static String body(StatusCode c) {
        if (c.contentAllowed()) {
            return "may carry content (never in answer to HEAD)";
        }
        return c.isInformational() ? "never carries content: a 1xx response ends with its header section"
                : "never carries content: the response ends with its header section";
    }

    private static String redirect(StatusCode c) {
        return (c.isPermanentRedirect() ? "permanent" : "temporary") + "; " + c.redirectMethod().get().summary();
    }

    /** The catalog's one retry fact, with a yes/no first so the row can be read at a glance. */
    private static String retry(StatusCode c) {
        return switch (c.retry()) {
            case NOT_NEEDED -> "not needed";
            case AFTER_DELAY -> "yes: " + c.retry().description();
            case IF_RETRY_AFTER, MAYBE_LATER -> "perhaps: " + c.retry().description();
            case AFTER_CHANGE -> "no: change the request before sending it again";
            case NOT_EXPECTED -> "no: nothing says the failure will pass";
        };
    }
}
