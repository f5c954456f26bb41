package dev.httpstatus.cli.render;

import java.io.PrintWriter;

/**
 * Writes labelled rows ("Label       value") with the value wrapped under itself, the layout every
 * human-readable view shares.
 *
 * <pre>{@code
 * Lines l = new Lines(out, Terminal.ANSI_80, new Style(true));
 * l.row("Class", "4xx Client Error");
 * l.paragraph("A long description …");
 * }</pre>
 */
public final class Lines {

    /** Column where values start: two spaces of indent plus a 12-character label. */
    public static final int VALUE_COLUMN = 14;

    private final PrintWriter out;
    private final Terminal terminal;
    private final Style style;

    public Lines(PrintWriter out, Terminal terminal, Style style) {
        this.out = out;
        this.terminal = terminal;
        this.style = style;
    }

    public Style style() {
        return style;
    }

    /** A line as given. */
    public void line(String s) {
        out.print(s);
        out.print('\n');
    }

    public void blank() {
        out.print('\n');
    }

    /** A row whose label is padded to the value column; an empty label continues the row above. */
    public void row(String label, String value) {
        String pad = " ".repeat(Math.max(1, VALUE_COLUMN - 2 - label.length()));
        String head = label.isEmpty() ? " ".repeat(VALUE_COLUMN) : "  " + style.bold(label) + pad;
        wrapped(head, VALUE_COLUMN, value);
    }

    /** A paragraph indented by two spaces. */
    public void paragraph(String text) {
        wrapped("  ", 2, text);
    }

    /** A bullet item at the given indent, continuation lines under the text. */
    public void bullet(int indent, String text) {
        wrapped(" ".repeat(indent) + "- ", indent + 2, text);
    }

    /**
     * Writes {@code head} (already {@code headWidth} visible columns) then {@code text}, wrapped at
     * the terminal width with continuation lines indented to {@code headWidth}.
     */
    public void wrapped(String head, int headWidth, String text) {
        int width = terminal.width();
        if (width <= 0 || headWidth + visibleLength(text) <= width) {
            line(head + text);
            return;
        }
        StringBuilder b = new StringBuilder(head);
        int col = headWidth;
        boolean first = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int len = visibleLength(word);
            if (!first && col + 1 + len > width) {
                b.append('\n').append(" ".repeat(headWidth));
                col = headWidth;
                first = true;
            }
            if (!first) {
                b.append(' ');
                col++;
            }
            b.append(word);
            col += len;
            first = false;
        }
        line(b.toString());
    }

    /** Columns {@code s} takes on screen: ANSI escape sequences take none. */
    static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\u001b') {
                while (i < s.length() && s.charAt(i) != 'm') {
                    i++;
                }
            } else {
                n++;
            }
        }
        return n;
    }
}
