package dev.httpstatus.check.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in the checker's words what Jackson found wrong with a JSON text. Jackson's messages name its
 * own settings ({@code JsonReadFeature…}, {@code StreamReadConstraints…}) and a redacted source,
 * which mean nothing to someone holding a HAR file; the position is added by the caller.
 *
 * <pre>{@code
 * JsonErrors.describe(e);   // "not valid JSON: unexpected character '}' where a value was expected"
 * }</pre>
 */
final class JsonErrors {

    private static final Pattern CHAR = Pattern.compile("\\(code (\\d+)\\)|code (\\d+)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([^']{0,60})");
    private static final Pattern START = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern HEX = Pattern.compile("0x([0-9a-fA-F]+)");

    private JsonErrors() {}

    /** What is wrong, without a position. */
    static String describe(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(m);
        }
        if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
            Matcher start = START.matcher(m);
            String open = m.contains("Array") ? "an array" : m.contains("Object") ? "an object" : null;
            return "the file ends in the middle of the JSON (truncated?)"
                    + (open != null && start.find()
                            ? ": " + open + " opened at line " + start.group(1) + ", column " + start.group(2) + " is not closed"
                            : "");
        }
        return "not valid JSON: " + syntax(m);
    }

    private static String limit(String m) {
        if (m.startsWith("Document nesting depth")) {
            return "objects and arrays nested more than " + BoundedJsonParser.MAX_DEPTH + " deep; no HAR is, so this is not one";
        }
        if (m.startsWith("Number value length")) {
            return "a number of more than " + BoundedJsonParser.MAX_NUMBER + " digits";
        }
        if (m.startsWith("Name length")) {
            return "a field name of more than " + BoundedJsonParser.MAX_NAME + " characters";
        }
        return "a value beyond what the reader accepts";
    }

    private static String syntax(String m) {
        if (m.startsWith("Unexpected close marker")) {
            Matcher q = QUOTED.matcher(m);
            Matcher start = START.matcher(m);
            String opened = m.contains("for Object") ? "an object" : "an array";
            return (q.find() ? "'" + q.group(1) + "'" : "a bracket") + " closes " + opened
                    + (start.find() ? " opened at line " + start.group(1) + ", column " + start.group(2) : "");
        }
        if (m.startsWith("Unexpected character")) {
            return "unexpected character " + character(m) + expectation(m);
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "control character " + character(m) + " inside a string (it must be written as an escape such as \\n)";
        }
        if (m.startsWith("Illegal character")) {
            return "control character " + character(m) + " between values";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "\\" + character(m) + " is not an escape sequence";
        }
        if (m.startsWith("Non-standard token") || m.startsWith("Unrecognized token")) {
            Matcher q = QUOTED.matcher(m);
            return (q.find() ? "'" + Printable.quote(q.group(1), 40) + "'" : "a word") + " is not a JSON value";
        }
        if (m.startsWith("Invalid UTF-8")) {
            Matcher h = HEX.matcher(m);
            return "not UTF-8 text" + (h.find() ? " (byte 0x" + h.group(1).toUpperCase(Locale.ROOT) + ")" : "");
        }
        if (m.startsWith("Invalid numeric value") || m.contains("numeric value")) {
            return "a malformed number";
        }
        return "malformed JSON";
    }

    /** "'}' (U+007D)" from Jackson's "('}' (code 125))" or "((CTRL-CHAR, code 0))". */
    private static String character(String m) {
        Matcher c = CHAR.matcher(m);
        if (!c.find()) {
            return "";
        }
        int code = Integer.parseInt(c.group(1) != null ? c.group(1) : c.group(2));
        String u = String.format(Locale.ROOT, "U+%04X", code);
        return code >= 0x20 && code < 0x7F ? "'" + (char) code + "' (" + u + ")" : u;
    }

    private static String expectation(String m) {
        if (m.contains("comma to separate Object")) {
            return " where ',' or '}' was expected";
        }
        if (m.contains("comma to separate Array")) {
            return " where ',' or ']' was expected";
        }
        if (m.contains("double-quote to start field name") || m.contains("start field name")) {
            return " where a field name in double quotes was expected";
        }
        if (m.contains("colon to separate")) {
            return " where ':' was expected";
        }
        if (m.contains("comment")) {
            return " (comments are not part of JSON)";
        }
        if (m.contains("valid value") || m.contains("expected a value")) {
            return " where a value was expected";
        }
        if (m.contains("plus sign")) {
            return " (a JSON number has no '+')";
        }
        if (m.contains("numeric value")) {
            return " in a number";
        }
        if (m.contains("hex-digit")) {
            return " where a hexadecimal digit of a \\u escape was expected";
        }
        return "";
    }
}
