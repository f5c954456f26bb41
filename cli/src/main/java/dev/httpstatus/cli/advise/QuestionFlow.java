package dev.httpstatus.cli.advise;

import dev.httpstatus.Advice;
import dev.httpstatus.Advisor;
import dev.httpstatus.AdvisorStep;
import dev.httpstatus.Question;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Walks the advisor's decision tree with a {@link Prompt}: each answer leads to the next question
 * or ends in a code; "back" returns to the previous question, "quit" ends without one.
 *
 * <pre>{@code
 * Optional<Advice> a = new QuestionFlow(prompt).run();   // empty when the user quit
 * }</pre>
 */
public final class QuestionFlow {

    private final Prompt prompt;

    public QuestionFlow(Prompt prompt) {
        this.prompt = prompt;
    }

    /** The advice the answers lead to, or empty when the user quit first. */
    public Optional<Advice> run() throws IOException {
        Deque<Question> asked = new ArrayDeque<>();
        asked.push(Advisor.firstQuestion());
        while (true) {
            Question q = asked.peek();
            int choice = prompt.ask(q, asked.size() > 1);
            if (choice == Prompt.QUIT) {
                return Optional.empty();
            }
            if (choice == Prompt.BACK) {
                if (asked.size() > 1) {
                    asked.pop();
                }
                continue;
            }
            AdvisorStep next = q.answers().get(choice).next();
            if (next instanceof Advice a) {
                return Optional.of(a);
            }
            asked.push((Question) next);
        }
    }
}
