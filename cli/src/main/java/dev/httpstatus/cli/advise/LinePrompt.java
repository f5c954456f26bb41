package dev.httpstatus.cli.advise;

import dev.httpstatus.Question;
import dev.httpstatus.cli.render.Style;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Numbered answers read a line at a time: for pipes, scripts, tests and terminals where raw key
 * input is not available. Accepts a number, {@code b} (back) or {@code q} (quit); end of input quits.
 *
 * <pre>{@code
 * printf '1\n1\n3\n' | httpstatus advise     # intact → can take it → anonymous, needs credentials → 401
 * }</pre>
 */
public final class LinePrompt implements Prompt {

    /** Wrong answers in a row before giving up, so a runaway script cannot loop for ever. */
    private static final int PATIENCE = 5;

    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;

    public LinePrompt(BufferedReader in, PrintWriter out, PrintWriter err, Style style) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.style = style;
    }

    @Override
    public int ask(Question q, boolean canGoBack) throws IOException {
        out.print(style.bold(q.text()) + "\n");
        for (int i = 0; i < q.answers().size(); i++) {
            out.print("  " + (i + 1) + ". " + q.answers().get(i).label() + "\n");
        }
        String range = "1-" + q.answers().size();
        for (int attempt = 0; attempt < PATIENCE; attempt++) {
            out.print("answer (" + range + (canGoBack ? ", b back" : "") + ", q quit): ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.print("\n");
                return QUIT;
            }
            String a = line.trim().toLowerCase(Locale.ROOT);
            if (a.equals("q") || a.equals("quit")) {
                return QUIT;
            }
            if ((a.equals("b") || a.equals("back")) && canGoBack) {
                return BACK;
            }
            if (a.matches("[0-9]{1,3}")) {
                int n = Integer.parseInt(a);
                if (n >= 1 && n <= q.answers().size()) {
                    out.print("\n");
                    return n - 1;
                }
            }
            err.print("httpstatus: '" + line.trim() + "' is not an answer here: type a number from " + range
                    + (canGoBack ? ", b to go back" : "") + " or q to quit\n");
            err.flush();
        }
        return QUIT;
    }
}
