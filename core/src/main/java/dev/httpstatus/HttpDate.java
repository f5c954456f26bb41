package dev.httpstatus;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP-date (RFC 9110 §5.6.7), as found in Date, Retry-After, Expires and Last-Modified: the
 * instant it names and the form it was written in. Senders must write IMF-fixdate; recipients must
 * also read the two obsolete forms, RFC 850's and C's asctime.
 *
 * <pre>{@code
 * HttpDate.format(Instant.parse("1994-11-06T08:49:37Z"));        // "Sun, 06 Nov 1994 08:49:37 GMT"
 * HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT").get().form();   // IMF_FIXDATE
 * HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT").get().form();  // RFC_850 (obsolete)
 * HttpDate.parse("Sun Nov  6 08:49:37 1994").get().instant();     // 1994-11-06T08:49:37Z
 * HttpDate.parse("Sun, 6 Nov 1994 08:49:37 GMT");                 // empty: the day takes two digits
 * }</pre>
 *
 * <p>Parsing is strict to the grammar (names are case-sensitive, the weekday must match the date),
 * never throws, and allocates only the result. Immutable.
 */
public final class HttpDate {

    /** The three forms of RFC 9110 §5.6.7. */
    public enum Form {
        /** {@code Sun, 06 Nov 1994 08:49:37 GMT}: the only form a sender may generate. */
        IMF_FIXDATE,
        /** {@code Sunday, 06-Nov-94 08:49:37 GMT}: obsolete, with a two-digit year. */
        RFC_850,
        /** {@code Sun Nov  6 08:49:37 1994}: obsolete, C's asctime() format. */
        ASCTIME
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] LONG_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final Instant instant;
    private final Form form;

    private HttpDate(Instant instant, Form form) {
        this.instant = instant;
        this.form = form;
    }

    /**
     * {@code instant} as an IMF-fixdate, to the second (fractions are dropped).
     *
     * @throws IllegalArgumentException for a year before 0 or after 9999, which IMF-fixdate cannot write
     */
    public static String format(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            throw new IllegalArgumentException("an HTTP-date has a four-digit year; " + instant + " has none");
        }
        StringBuilder b = new StringBuilder(29);
        b.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        two(b, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
        int y = t.getYear();
        b.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10));
        two(b, y % 100).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond()).append(" GMT");
        return b.toString();
    }

    /**
     * Reads an HTTP-date in any of its three forms; surrounding spaces and tabs are ignored. Empty
     * when the text is not one, or names a day that does not exist. A two-digit RFC 850 year is read
     * as the most recent year with those digits that is not more than 50 years ahead of today.
     */
    public static Optional<HttpDate> parse(CharSequence text) {
        return parse(text, LocalDate.now(ZoneOffset.UTC).getYear());
    }

    /** {@link #parse(CharSequence)} as if the current year were {@code currentYear} (for RFC 850's two-digit years). */
    public static Optional<HttpDate> parse(CharSequence text, int currentYear) {
        if (text == null) {
            return Optional.empty();
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start > 40) {
            return Optional.empty();
        }
        String s = text.subSequence(start, end).toString();
        HttpDate d = s.length() == 29 && s.charAt(3) == ',' ? imf(s)
                : s.length() == 24 && s.charAt(3) == ' ' ? asctime(s)
                : rfc850(s, currentYear);
        return Optional.ofNullable(d);
    }

    /** The instant named. */
    public Instant instant() {
        return instant;
    }

    /** The form it was written in. */
    public Form form() {
        return form;
    }

    /** Whether it was written in one of the two forms senders must no longer generate. */
    public boolean isObsoleteForm() {
        return form != Form.IMF_FIXDATE;
    }

    // Sun, 06 Nov 1994 08:49:37 GMT
    private static HttpDate imf(String s) {
        int dow = index(DAYS, s, 0, 3);
        int day = digits(s, 5, 2);
        int month = index(MONTHS, s, 8, 3);
        int year = digits(s, 12, 4);
        if (dow < 0 || s.charAt(4) != ' ' || s.charAt(7) != ' ' || s.charAt(11) != ' ' || s.charAt(16) != ' '
                || !s.startsWith(" GMT", 25)) {
            return null;
        }
        return build(year, month, day, s, 17, dow, Form.IMF_FIXDATE);
    }

    // Sun Nov  6 08:49:37 1994
    private static HttpDate asctime(String s) {
        int dow = index(DAYS, s, 0, 3);
        int month = index(MONTHS, s, 4, 3);
        int day = s.charAt(8) == ' ' ? digits(s, 9, 1) : digits(s, 8, 2);
        int year = digits(s, 20, 4);
        if (dow < 0 || s.charAt(7) != ' ' || s.charAt(10) != ' ' || s.charAt(19) != ' ') {
            return null;
        }
        return build(year, month, day, s, 11, dow, Form.ASCTIME);
    }

    // Sunday, 06-Nov-94 08:49:37 GMT
    private static HttpDate rfc850(String s, int currentYear) {
        int comma = s.indexOf(',');
        int dow = -1;
        for (int i = 0; i < LONG_DAYS.length && comma > 0; i++) {
            if (s.startsWith(LONG_DAYS[i]) && LONG_DAYS[i].length() == comma) {
                dow = i;
            }
        }
        int p = comma + 2;
        if (dow < 0 || s.length() != p + 22 || s.charAt(comma + 1) != ' ' || s.charAt(p + 2) != '-'
                || s.charAt(p + 6) != '-' || s.charAt(p + 9) != ' ' || !s.startsWith(" GMT", p + 18)) {
            return null;
        }
        int day = digits(s, p, 2);
        int month = index(MONTHS, s, p + 3, 3);
        int yy = digits(s, p + 7, 2);
        if (yy < 0) {
            return null;
        }
        int year = currentYear - Math.floorMod(currentYear, 100) + yy;
        if (year > currentYear + 50) {
            year -= 100;
        }
        return build(year, month, day, s, p + 10, dow, Form.RFC_850);
    }

    private static HttpDate build(int year, int month, int day, String s, int time, int dow, Form form) {
        int hour = digits(s, time, 2);
        int minute = digits(s, time + 3, 2);
        int second = digits(s, time + 6, 2);
        if (year < 0 || month < 0 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 60 || s.charAt(time + 2) != ':' || s.charAt(time + 5) != ':') {
            return null;
        }
        if (day > LocalDate.of(year, month + 1, 1).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month + 1, day);
        if (date.getDayOfWeek() != DayOfWeek.of(dow + 1)) {
            return null;
        }
        // A leap second (60) is read as the first second of the next minute.
        long epoch = date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
        return new HttpDate(Instant.ofEpochSecond(epoch), form);
    }

    private static int index(String[] names, String s, int at, int length) {
        for (int i = 0; i < names.length; i++) {
            if (s.regionMatches(at, names[i], 0, length)) {
                return i;
            }
        }
        return -1;
    }

    /** The non-negative number in {@code s[at, at+n)}, or -1 unless all are ASCII digits. */
    private static int digits(String s, int at, int n) {
        if (at < 0 || at + n > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpDate d && d.instant.equals(instant) && d.form == form;
    }

    @Override
    public int hashCode() {
        return Objects.hash(instant, form);
    }

    /** The date as an IMF-fixdate, whatever form it was read from. */
    @Override
    public String toString() {
        return format(instant);
    }
}
