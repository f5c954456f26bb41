package dev.httpstatus.cli.advise;

import dev.httpstatus.Advice;
import dev.httpstatus.Duty;
import dev.httpstatus.cli.render.Lines;
import dev.httpstatus.cli.render.Style;
import java.util.List;

/**
 * The advisor's answer as text: each code with its reason and the duties that come with sending it.
 *
 * <pre>{@code
 * new AdviceView(lines).write(Advisor.advise("the user is not logged in"));
 * // 1. 401 Unauthorized
 * //      The client is not authenticated — … (RFC 9110 §15.5.2)
 * //      MUST send WWW-Authenticate: always: at least one challenge … (RFC 9110 §15.5.2)
 * }</pre>
 */
public final class AdviceView {

    private final Lines lines;

    public AdviceView(Lines lines) {
        this.lines = lines;
    }

    /** The ranked answers, numbered, best first; a weak best match says so first. */
    public void write(List<Advice> advice) {
        if (!advice.isEmpty() && advice.get(0).weak()) {
            lines.wrapped("", 0, lines.style().dim("Weak match: the question shares only a word or two with what the"
                    + " advisor knows, so take these as hints. Saying what happened to the request in other words, or"
                    + " answering the questions of 'httpstatus advise' with no text, does better."));
            lines.blank();
        }
        for (int i = 0; i < advice.size(); i++) {
            if (i > 0) {
                lines.blank();
            }
            write((i + 1) + ". ", advice.get(i));
        }
    }

    /** One answer, its heading prefixed with {@code prefix} ("" or "1. "). */
    public void write(String prefix, Advice a) {
        Style s = lines.style();
        lines.line(prefix + s.ofClass(a.code().statusClass(), a.code().code() + " " + a.code().reasonPhrase()));
        int indent = prefix.length() + 2;
        String pad = " ".repeat(indent);
        lines.wrapped(pad, indent, a.why() + " " + s.dim("(" + a.reference() + ")"));
        for (Duty d : a.duties()) {
            lines.wrapped(pad, indent, s.level(d.level(), d.level().label()) + " " + duty(d)
                    + ": " + d.when() + " " + s.dim("(" + d.reference() + ")"));
        }
    }

    /** "send WWW-Authenticate", "send content": what the duty asks for, as a verb phrase. */
    public static String duty(Duty d) {
        String subject = d.field().orElse("content");
        String value = d.value().describe();
        return "send " + subject + (value.isEmpty() ? "" : " " + value);
    }
}
