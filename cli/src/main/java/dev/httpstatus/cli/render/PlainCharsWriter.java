package dev.httpstatus.cli.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * For a stdout that cannot encode the catalog's few typographic characters (an ASCII locale such as
 * {@code LANG=C}): writes "§" as "sec. ", dashes as "-", curly quotes as straight ones, so that text
 * stays readable instead of turning into question marks. JSON is unaffected: it escapes them first.
 *
 * <pre>{@code
 * Writer w = new PlainCharsWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII));
 * w.write("RFC 9110 §15.5.5");   // RFC 9110 sec. 15.5.5
 * }</pre>
 */
public final class PlainCharsWriter extends FilterWriter {

    public PlainCharsWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        String r = replacement((char) c);
        if (r == null) {
            out.write(c);
        } else {
            out.write(r);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(buf[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(s.charAt(i));
        }
    }

    /** The ASCII stand-in for a character, or null to write it as it is. */
    static String replacement(char c) {
        return switch (c) {
            case '\u00a7' -> "sec. ";
            case '\u2013', '\u2014', '\u2212' -> "-";
            case '\u2018', '\u2019' -> "'";
            case '\u201c', '\u201d' -> "\"";
            case '\u2026' -> "...";
            case '\u00a0' -> " ";
            case '\u00d7' -> "x";
            default -> null;
        };
    }
}
