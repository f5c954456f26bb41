package dev.httpstatus.check.rules;

import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Recognises the three HTTP-date forms of RFC 9110 §5.6.7: IMF-fixdate, RFC 850 and asctime. */
final class HttpDate {

    private HttpDate() {}

    private static final DateTimeFormatter IMF = DateTimeFormatter
            .ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final DateTimeFormatter RFC850 = new DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1950)
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter
            .ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.ENGLISH);

    /** Whether {@code text} is an HTTP-date in any of its three forms. */
    static boolean isValid(String text) {
        String t = text.trim();
        return parses(IMF, t) || parses(RFC850, t) || parses(ASCTIME, t);
    }

    private static boolean parses(DateTimeFormatter f, String t) {
        try {
            f.parse(t);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether {@code text} is delay-seconds: one or more digits, nothing else. */
    static boolean isDelaySeconds(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
