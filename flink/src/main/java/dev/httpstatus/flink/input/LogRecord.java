package dev.httpstatus.flink.input;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The facts one access-log line gave, as text, and how they become an exchange. Both log readers fill
 * one (the text-log parser through its public setters), then {@link #emit} judges it: a record without
 * a status, or with one that is no integer, is malformed; status 0 is skipped (no response was sent);
 * anything else is an exchange whose header sections are not recorded.
 *
 * <pre>{@code
 * LogRecord r = new LogRecord();
 * r.setMethod("GET"); r.setPath("/items/7"); r.setHost("api.example"); r.setStatus("405");
 * r.emit("access.log", 12, Recorder.log("nginx"), sink);   // sink.exchange(GET //api.example/items/7 → 405)
 * }</pre>
 *
 * <p>A log line names at most a few header fields (Referer, User-Agent), and a rule about a field
 * that is missing cannot tell "not sent" from "not logged": so logged fields are not used, and rules
 * that need header fields are not checkable on logs.
 */
public final class LogRecord {

    private static final DateTimeFormatter CLF_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private String method;
    private String url;
    private String path;
    private String host;
    private String scheme;
    private String protocol;
    private String status;
    private String bytes;
    private String time;

    /** Empties the record for the next line. */
    public void reset() {
        method = url = path = host = scheme = protocol = status = bytes = time = null;
    }

    public void setMethod(String v) {
        method = v;
    }

    /** The whole target URI, when the log has it (otherwise built from scheme, host and path). */
    public void setUrl(String v) {
        url = v;
    }

    /** The request target as sent: path and query. */
    public void setPath(String v) {
        path = v;
    }

    public void setHost(String v) {
        if (present(v) && !present(host)) {
            host = v; // the first of several candidates the format had
        }
    }

    public void setScheme(String v) {
        scheme = v;
    }

    public void setProtocol(String v) {
        protocol = v;
    }

    public void setStatus(String v) {
        status = v;
    }

    /** Bytes of content sent; "-" means unknown. */
    public void setBytes(String v) {
        bytes = v;
    }

    /** Bytes of content sent in Common Log Format, where "-" means none. */
    public void setBytesClf(String v) {
        bytes = "-".equals(v) ? "0" : v;
    }

    /**
     * Bytes of content sent when the line gave none although its format always writes the field: the
     * text-log parser delivers Common Log Format's "-" (no bytes) as no value.
     */
    void bytesWhenAbsent(String v) {
        if (bytes == null) {
            bytes = v;
        }
    }

    /** When the request was received: ISO 8601, Common Log Format time, or epoch seconds. */
    public void setTime(String v) {
        time = v;
    }

    /** When the request was received, as epoch milliseconds in decimal. */
    public void setEpochMillis(String v) {
        time = present(v) ? "@" + v.trim() : null;
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank() && !v.equals("-");
    }

    /** Hands the record, read from {@code line} of {@code file}, to {@code sink} as exactly one record. */
    public void emit(String file, long line, Recorder recorder, RecordSink sink) {
        Source source = Source.line(file, (int) Math.min(line, Integer.MAX_VALUE));
        if (!present(status)) {
            sink.malformed(source, "no status code in the record");
            return;
        }
        int code;
        try {
            code = Integer.parseInt(status.trim());
        } catch (NumberFormatException e) {
            sink.malformed(source, "status: expected an integer, found \"" + cut(status) + "\"");
            return;
        }
        long length = -1;
        if (present(bytes)) {
            try {
                length = Long.parseLong(bytes.trim());
            } catch (NumberFormatException e) {
                sink.malformed(source, "bytes sent: expected an integer, found \"" + cut(bytes) + "\"");
                return;
            }
        }
        if (code <= 0) {
            sink.skipped(new Skip(source, "status " + (code < 0 ? "-1 or less" : "0")
                    + ": no response was sent (the client went away first, or the request was refused)"));
            return;
        }
        Exchange x = Exchange.builder(source)
                .recorder(recorder)
                .method(present(method) ? method : "")
                .url(target())
                .requestVersion(present(protocol) ? protocol : "")
                .status(code)
                .recorded(false, false)
                .bodyLength(length)
                .build();
        sink.exchange(x, epochMillis());
    }

    /** The target URI: as logged, or scheme://host + path, or //host + path, or the path alone. */
    private String target() {
        if (present(url)) {
            return url;
        }
        if (!present(path)) {
            return "";
        }
        if (!present(host) || !path.startsWith("/")) {
            return path; // an absolute-form or asterisk-form target, or no host to put before it
        }
        return (present(scheme) ? scheme + ":" : "") + "//" + host + path;
    }

    private long epochMillis() {
        if (!present(time)) {
            return RecordSink.NO_TIME;
        }
        String t = time.trim();
        try {
            if (t.startsWith("@")) {
                return Long.parseLong(t.substring(1));
            }
            char c = t.charAt(0);
            if (c >= '0' && c <= '9' && t.indexOf('-') < 0 && t.indexOf('/') < 0) {
                double seconds = Double.parseDouble(t); // nginx $msec: seconds with milliseconds
                return (long) (seconds * 1000);
            }
            if (t.indexOf('/') > 0) {
                return OffsetDateTime.parse(t, CLF_TIME).toInstant().toEpochMilli();
            }
            return OffsetDateTime.parse(t).toInstant().toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            try {
                return Instant.parse(t).toEpochMilli();
            } catch (DateTimeParseException e2) {
                return RecordSink.NO_TIME; // first/last seen then fall back to the location
            }
        }
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
