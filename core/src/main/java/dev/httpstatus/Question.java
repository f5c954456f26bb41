package dev.httpstatus;

import java.util.List;
import java.util.Objects;

/**
 * One question of the advisor's decision tree, asked about the request in hand ("Who is the
 * client?"), with the answers that lead on. The tree is data ({@code AdvisorTree}); start at
 * {@link Advisor#firstQuestion()}.
 *
 * <pre>{@code
 * Question q = Advisor.firstQuestion();
 * q.text();                         // "Did the request arrive intact?"
 * q.answers().get(0).label();       // "Yes: complete and well-formed"
 * q.answers().get(0).next();        // the next Question
 * }</pre>
 *
 * @param id      a stable name for the question, e.g. "client"
 * @param text    the question, one line
 * @param answers the choices, in the order to offer them; never empty
 */
public record Question(String id, String text, List<Answer> answers) implements AdvisorStep {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " has no answers");
        }
    }

    /**
     * One choice: its label and where it leads.
     *
     * <pre>{@code answer.next()  // a Question, or the Advice the tree ends in}</pre>
     */
    public static final class Answer {

        private final String label;
        private final String nextQuestion; // null when the answer ends in a code
        private final int code;
        private final String why;          // null: the code's main reason
        private final Reference reference;

        Answer(String label, String nextQuestion, int code, String why, Reference reference) {
            this.label = Objects.requireNonNull(label, "label");
            this.nextQuestion = nextQuestion;
            this.code = code;
            this.why = why;
            this.reference = reference;
        }

        /** The choice as offered, one line. */
        public String label() {
            return label;
        }

        /** The question this answer leads to, or the advice it ends in. */
        public AdvisorStep next() {
            if (nextQuestion != null) {
                return AdvisorTree.question(nextQuestion);
            }
            Advice main = AdvisorIndex.INSTANCE.adviceFor(StatusCode.of(code));
            return why == null ? main : new Advice(main.code(), why, reference, main.duties(), false);
        }

        @Override
        public String toString() {
            return label + " → " + (nextQuestion != null ? nextQuestion : Integer.toString(code));
        }
    }
}
