package dev.httpstatus.cli.advise;

import dev.httpstatus.Question;
import java.io.IOException;

/**
 * Asks one question of the decision tree and reads the choice: by number on a line
 * ({@link LinePrompt}), or with the arrow keys on a terminal ({@link KeyPrompt}).
 *
 * <pre>{@code
 * int choice = prompt.ask(question, true);   // an answer index, BACK or QUIT
 * }</pre>
 */
public interface Prompt {

    /** Go back to the previous question. */
    int BACK = -1;
    /** Stop without an answer (q, Ctrl-D, end of input). */
    int QUIT = -2;

    /**
     * The index of the chosen answer, {@link #BACK} or {@link #QUIT}.
     *
     * @param canGoBack whether there is a previous question to go back to
     */
    int ask(Question question, boolean canGoBack) throws IOException;
}
