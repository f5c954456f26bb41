package dev.httpstatus;

import java.util.List;
import java.util.Objects;

/**
 * One answer of the {@link Advisor}: the code to send, why, the section that says so, and the
 * duties that come with sending it (401 → a {@code WWW-Authenticate} challenge, 405 → {@code Allow}).
 *
 * <pre>{@code
 * Advice a = Advisor.advise("the user is not logged in").get(0);
 * a.code();        // 401 Unauthorized
 * a.why();         // "The client is not authenticated — …"
 * a.reference();   // RFC 9110 §15.5.2
 * a.duties();      // [MUST send WWW-Authenticate (always: …)]
 * a.weak();        // false: the question matched what the advisor knows of 401 well
 * }</pre>
 *
 * @param code      the status code to answer with
 * @param why       one line: why this code fits the situation
 * @param reference the specification section behind the reason
 * @param duties    the code's own duties from the catalog ({@link StatusCode#duties()} without the
 *                  ones every response of its class carries)
 * @param weak      whether the question matched this code only weakly (a word or two in common):
 *                  measured on questions the advisor was not built from, such a first answer is wrong
 *                  about nine times in ten, so treat it as a hint (core/src/test/resources/advisor)
 */
public record Advice(StatusCode code, String why, Reference reference, List<Duty> duties, boolean weak)
        implements AdvisorStep {

    public Advice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(reference, "reference");
        duties = List.copyOf(duties);
    }

    /** "401 Unauthorized: The client is not authenticated — …". */
    @Override
    public String toString() {
        return code + ": " + why;
    }
}
