package dev.httpstatus;

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
        return parse(text, CURRENT_YEAR);
    }

    /** {@link #parse(CharSequence)} as if the current year were {@code currentYear} (for RFC 850's two-digit years). */
    public static Optional<HttpDate> parse(CharSequence text, int currentYear) {
        long packed = decode(text, currentYear);
        return packed == INVALID ? Optional.empty()
                : Optional.of(new HttpDate(Instant.ofEpochSecond(packed >> 2), Form.values()[(int) (packed & 3)]));
    }

    /**
     * Whether {@code text} is an HTTP-date in any of its three forms; allocates nothing, for checkers
     * that only need the answer.
     */
    public static boolean isHttpDate(CharSequence text) {
        return decode(text, CURRENT_YEAR) != INVALID;
    }

    /** Whether {@code text} is an IMF-fixdate, the one form a sender may generate; allocates nothing. */
    public static boolean isImfFixdate(CharSequence text) {
        long packed = decode(text, CURRENT_YEAR);
        return packed != INVALID && (packed & 3) == Form.IMF_FIXDATE.ordinal();
    }

    /** The year RFC 850 dates are read against when no year is given; only the century matters. */
    private static final int CURRENT_YEAR = LocalDate.now(ZoneOffset.UTC).getYear();
    private static final long INVALID = Long.MIN_VALUE;

    /** Epoch seconds shifted left by 2 with the form's ordinal in the low bits, or INVALID. */
    private static long decode(CharSequence text, int currentYear) {
        if (text == null) {
            return INVALID;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int n = end - start;
        if (n > 40 || n < 24) {
            return INVALID;
        }
        if (n == 29 && text.charAt(start + 3) == ',') {
            return imf(text, start);
        }
        if (n == 24 && text.charAt(start + 3) == ' ') {
            return asctime(text, start);
        }
        return rfc850(text, start, end, currentYear);
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
    private static long imf(CharSequence s, int o) {
        int dow = index(DAYS, s, o, 3);
        int day = digits(s, o + 5, 2);
        int month = index(MONTHS, s, o + 8, 3);
        int year = digits(s, o + 12, 4);
        if (dow < 0 || s.charAt(o + 4) != ' ' || s.charAt(o + 7) != ' ' || s.charAt(o + 11) != ' '
                || s.charAt(o + 16) != ' ' || !matches(s, o + 25, " GMT")) {
            return INVALID;
        }
        return build(year, month, day, s, o + 17, dow, Form.IMF_FIXDATE);
    }

    // Sun Nov  6 08:49:37 1994
    private static long asctime(CharSequence s, int o) {
        int dow = index(DAYS, s, o, 3);
        int month = index(MONTHS, s, o + 4, 3);
        int day = s.charAt(o + 8) == ' ' ? digits(s, o + 9, 1) : digits(s, o + 8, 2);
        int year = digits(s, o + 20, 4);
        if (dow < 0 || s.charAt(o + 7) != ' ' || s.charAt(o + 10) != ' ' || s.charAt(o + 19) != ' ') {
            return INVALID;
        }
        return build(year, month, day, s, o + 11, dow, Form.ASCTIME);
    }

    // Sunday, 06-Nov-94 08:49:37 GMT
    private static long rfc850(CharSequence s, int o, int end, int currentYear) {
        int dow = -1;
        int comma = -1;
        for (int i = 0; i < LONG_DAYS.length; i++) {
            int len = LONG_DAYS[i].length();
            if (o + len < end && s.charAt(o + len) == ',' && matches(s, o, LONG_DAYS[i])) {
                dow = i;
                comma = o + len;
            }
        }
        int p = comma + 2;
        if (dow < 0 || end != p + 22 || s.charAt(comma + 1) != ' ' || s.charAt(p + 2) != '-'
                || s.charAt(p + 6) != '-' || s.charAt(p + 9) != ' ' || !matches(s, p + 18, " GMT")) {
            return INVALID;
        }
        int day = digits(s, p, 2);
        int month = index(MONTHS, s, p + 3, 3);
        int yy = digits(s, p + 7, 2);
        if (yy < 0) {
            return INVALID;
        }
        int year = currentYear - Math.floorMod(currentYear, 100) + yy;
        if (year > currentYear + 50) {
            year -= 100;
        }
        return build(year, month, day, s, p + 10, dow, Form.RFC_850);
    }

    private static long build(int year, int month, int day, CharSequence s, int time, int dow, Form form) {
        int hour = digits(s, time, 2);
        int minute = digits(s, time + 3, 2);
        int second = digits(s, time + 6, 2);
        if (year < 0 || month < 0 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 60 || s.charAt(time + 2) != ':' || s.charAt(time + 5) != ':'
                || day > lengthOfMonth(year, month + 1)) {
            return INVALID;
        }
        long epochDay = epochDay(year, month + 1, day);
        // 1970-01-01 was a Thursday; DAYS starts on Monday.
        if (Math.floorMod(epochDay + 3, 7) != dow) {
            return INVALID;
        }
        // A leap second (60) is read as the first second of the next minute.
        long epoch = epochDay * 86_400L + hour * 3600L + minute * 60L + second;
        return epoch << 2 | form.ordinal();
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static boolean matches(CharSequence s, int at, String what) {
        if (at < 0 || at + what.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < what.length(); i++) {
            if (s.charAt(at + i) != what.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int index(String[] names, CharSequence s, int at, int length) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() == length && matches(s, at, names[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The non-negative number in {@code s[at, at+n)}, or -1 unless all are ASCII digits. */
    private static int digits(CharSequence s, int at, int n) {
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
