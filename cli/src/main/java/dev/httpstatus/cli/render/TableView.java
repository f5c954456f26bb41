package dev.httpstatus.cli.render;

import dev.httpstatus.FormerPhrase;
import dev.httpstatus.StatusCode;
import dev.httpstatus.UnofficialMeaning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A compact table, one line per code: number, phrase, and a note column chosen by the caller.
 * On a terminal it gets a header and colour; piped it is plain, one code per line.
 *
 * <pre>{@code
 * new TableView(lines, terminal).write(StatusCode.registered(), TableView::statusNote);
 * // 100  Continue
 * // 104  Upload Resumption Supported   temporary
 * }</pre>
 */
public final class TableView {

    private final Lines lines;
    private final boolean header;

    public TableView(Lines lines, Terminal terminal) {
        this.lines = lines;
        this.header = terminal.width() > 0;
    }

    /** Writes the rows; {@code note} gives the last column ("" for none). */
    public void write(List<StatusCode> codes, Function<StatusCode, String> note) {
        // As wide as the longest phrase listed, so the note column lines up whatever the selection.
        int phraseWidth = 6;
        for (StatusCode c : codes) {
            phraseWidth = Math.max(phraseWidth, c.reasonPhrase().length());
        }
        Style s = lines.style();
        if (header) {
            lines.line(s.bold("CODE  " + pad("PHRASE", phraseWidth) + "  NOTE"));
        }
        for (StatusCode c : codes) {
            String n = note.apply(c);
            String row = s.ofClass(c.statusClass(), String.valueOf(c.code())) + "   "
                    + (n.isEmpty() ? c.reasonPhrase() : pad(c.reasonPhrase(), phraseWidth) + "  " + n);
            lines.line(row);
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Registry standing when it is not plain "registered", and vendor meanings for unregistered codes. */
    public static String statusNote(StatusCode c) {
        List<String> parts = new ArrayList<>(3);
        switch (c.registration()) {
            case TEMPORARY -> parts.add("temporary");
            case OBSOLETED -> parts.add("obsoleted");
            case RESERVED -> parts.add("reserved");
            case UNASSIGNED -> parts.add("unofficial: " + vendorNote(c));
            default -> { }
        }
        if (c.isDeprecated()) {
            parts.add("deprecated");
        }
        return String.join("; ", parts);
    }

    /** Every vendor meaning, "phrase (vendor)": the one form every list uses to name vendors. */
    public static String vendorNote(StatusCode c) {
        List<String> parts = new ArrayList<>();
        for (UnofficialMeaning u : c.unofficialMeanings()) {
            parts.add(u.phrase() + " (" + u.vendor() + ")");
        }
        return String.join("; ", parts);
    }

    /** Registry standing plus every former phrase. */
    public static String historyNote(StatusCode c) {
        List<String> parts = new ArrayList<>();
        String status = statusNote(c);
        if (!status.isEmpty()) {
            parts.add(status);
        }
        for (FormerPhrase f : c.formerPhrases()) {
            parts.add("was \"" + f.phrase() + "\" (" + f.source() + ")");
        }
        return String.join("; ", parts);
    }

}
