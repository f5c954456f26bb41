package dev.httpstatus.check.report;

/**
 * Escapes text for the XML reports (the checker's and the linter's JUnit XML). Characters XML 1.0
 * cannot carry become '?', so a hostile input's control bytes never make a report unreadable.
 *
 * <pre>{@code
 * XmlText.attr("a \"b\" <c>\n");  // a &quot;b&quot; &lt;c&gt;&#10;
 * XmlText.text("a \"b\" <c>");    // a "b" &lt;c&gt;
 * }</pre>
 */
public final class XmlText {

    private XmlText() {}

    /** For an attribute value: quotes and line breaks escaped too. */
    public static String attr(String s) {
        return escape(s, true);
    }

    /** For element content. */
    public static String text(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\r' -> b.append(attribute ? "&#13;" : "\r");
                default -> b.append(c >= 0x20 && c != 0xFFFE && c != 0xFFFF ? c : '?');
            }
        }
        return b.toString();
    }
}
