package dev.httpstatus.cli.advise;

import dev.httpstatus.Question;
import dev.httpstatus.cli.render.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * Answers picked with the keyboard on a terminal in raw mode: ↑/↓ (or k/j) move, Enter or → picks,
 * a digit picks at once, ← / Backspace / b go back, q, Esc, Ctrl-C or Ctrl-D quit. The answer list
 * is redrawn in place; labels are cut to the terminal's width so that every answer stays one line.
 *
 * <pre>{@code
 * try (RawMode raw = RawMode.enter()) {
 *     int choice = new KeyPrompt(System.in, out, style, 80).ask(question, false);
 * }
 * }</pre>
 */
public final class KeyPrompt implements Prompt {

    private static final int ESC = 27;

    private final InputStream in;
    private final PrintWriter out;
    private final Style style;
    private final int width;

    public KeyPrompt(InputStream in, PrintWriter out, Style style, int width) {
        this.in = in;
        this.out = out;
        this.style = style;
        this.width = Math.max(20, width);
    }

    @Override
    public int ask(Question q, boolean canGoBack) throws IOException {
        int n = q.answers().size();
        int selected = 0;
        out.print(style.bold(q.text()) + "\n");
        draw(q, selected);
        while (true) {
            int key = in.read();
            int choice = switch (key) {
                case -1, 3, 4, 'q', 'Q' -> QUIT;                                    // end, Ctrl-C, Ctrl-D
                case '\r', '\n', ' ', 'l' -> selected;
                case 'b', 'B', 'h', 127, 8 -> BACK;                                 // Backspace, Ctrl-H
                case 'k' -> move(-1);
                case 'j' -> move(+1);
                case ESC -> escape();
                default -> key >= '1' && key <= '9' && key - '1' < n ? key - '1' : Integer.MIN_VALUE;
            };
            if (choice == BACK && !canGoBack) {
                continue;
            }
            if (choice == MOVE_UP || choice == MOVE_DOWN) {
                selected = (selected + (choice == MOVE_UP ? n - 1 : 1)) % n;
                up(n);
                draw(q, selected);
            } else if (choice == PICK) {
                choice = selected;
            }
            if (choice == QUIT || choice == BACK || choice >= 0) {
                if (choice >= 0) {
                    // Collapse the list to the answer taken, so the screen reads as a transcript.
                    up(n);
                    out.print("\u001b[J" + "  " + style.dim("→ " + fit(q.answers().get(choice).label(), 4)) + "\n\n");
                } else {
                    out.print("\n");
                }
                out.flush();
                return choice;
            }
        }
    }

    private static final int MOVE_UP = -10;
    private static final int MOVE_DOWN = -11;
    private static final int PICK = -12;

    private static int move(int direction) {
        return direction < 0 ? MOVE_UP : MOVE_DOWN;
    }

    /** The rest of an escape sequence: arrows are ESC [ A…D (or ESC O A…D); Esc alone quits. */
    private int escape() throws IOException {
        if (in.available() == 0) {
            return QUIT;
        }
        int second = in.read();
        if (second != '[' && second != 'O') {
            return Integer.MIN_VALUE;
        }
        return switch (in.read()) {
            case 'A' -> MOVE_UP;
            case 'B' -> MOVE_DOWN;
            case 'C' -> PICK;
            case 'D' -> BACK;
            default -> Integer.MIN_VALUE;
        };
    }

    private void draw(Question q, int selected) {
        for (int i = 0; i < q.answers().size(); i++) {
            String label = (i + 1) + ". " + fit(q.answers().get(i).label(), 7);
            out.print("\u001b[2K" + (i == selected ? style.bold("> " + label) : "  " + label) + "\n");
        }
        out.print("\u001b[2K" + style.dim("  ↑/↓ or 1-" + q.answers().size() + ", Enter · b back · q quit") + "\r");
        out.flush();
    }

    /** Moves the cursor back to the first answer line. */
    private void up(int answers) {
        out.print("\r\u001b[" + answers + "A");
    }

    private String fit(String label, int reserved) {
        int room = width - reserved;
        return label.length() <= room ? label : label.substring(0, Math.max(1, room - 1)) + "…";
    }
}
