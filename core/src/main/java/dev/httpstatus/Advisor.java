package dev.httpstatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers "which status code should I send?" for a situation described in plain words, and walks
 * the same knowledge as a decision tree of questions about the request.
 *
 * <pre>{@code
 * Advisor.advise("the user is not logged in");
 *     // [401 Unauthorized: The client is not authenticated — …, …]
 * Advisor.advise("resource already exists", Optional.of(Method.POST)).get(0).code();  // 409 Conflict
 * Advisor.firstQuestion().text();                                                      // "Did the request arrive intact?"
 * }</pre>
 *
 * <p>The knowledge is data: situations with their cues, reasons and references
 * ({@code AdvisorSituations}), synonyms ({@code AdvisorSynonyms}), the decision tree
 * ({@code AdvisorTree}), plus each code's registered and former phrases and the method table's
 * labels. It is loaded on first use, so a program that never asks for advice never pays for it.
 */
public final class Advisor {

    private Advisor() {}

    /**
     * Codes that fit {@code situation}, best first; empty when nothing in it is recognised. Never
     * throws on odd text; only the first 2,000 characters are read.
     *
     * @throws NullPointerException if {@code situation} is null
     */
    public static List<Advice> advise(String situation) {
        return advise(situation, Optional.empty());
    }

    /**
     * As {@link #advise(String)}, for a request with the given method: codes that do not fit it
     * (201 for GET, 206 for POST) and situations tied to other methods rank lower. Without a
     * method, one named in capitals in the text ("a PUT on …") is used.
     *
     * @throws NullPointerException if an argument is null
     */
    public static List<Advice> advise(String situation, Optional<Method> method) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(method, "method");
        if (situation.isBlank()) {
            return List.of();
        }
        return AdvisorIndex.INSTANCE.advise(situation, method);
    }

    /** The first question of the decision tree; its answers lead to the rest. */
    public static Question firstQuestion() {
        return AdvisorTree.question(AdvisorTree.FIRST);
    }

    /** The duties that come with sending {@code code}: its own, not the ones its whole class carries. */
    static List<Duty> dutiesOf(StatusCode code) {
        List<Duty> own = new ArrayList<>();
        for (Duty d : code.duties()) {
            if (!d.isGeneral()) {
                own.add(d);
            }
        }
        return own;
    }
}
