package dev.httpstatus.flink.input;

import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.basjes.parse.core.Parser;
import nl.basjes.parse.core.exceptions.DissectionFailure;
import nl.basjes.parse.core.exceptions.InvalidDissectorException;
import nl.basjes.parse.core.exceptions.MissingDissectorsException;
import nl.basjes.parse.httpdlog.HttpdLoglineParser;

/**
 * Text access logs (NCSA common and combined, any Apache httpd {@code LogFormat}, any nginx
 * {@code log_format}), read with Niels Basjes' httpdlog-parser configured with the format string that
 * wrote them: {@code "combined"}, {@code "%h %l %u %t \"%r\" %>s %b"} or
 * {@code "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent"}.
 *
 * <pre>{@code
 * HttpdRecords r = HttpdRecords.of("combined");
 * r.carries();   // [STATUS, METHOD, URL, VERSION, CONTENT_LENGTH]
 * r.read(in, "access.log", sink);
 * }</pre>
 *
 * <p>A line the format does not describe is malformed, located by its line number. The facts a
 * format carries follow from its fields: without {@code %r} (or {@code $request}) there is no method.
 */
public final class HttpdRecords implements RecordReader {

    private static final long serialVersionUID = 1L;

    /** Where each fact may come from, in the parser's type:path names; the first the format has wins. */
    private static final Map<String, List<String>> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("setMethod", List.of("HTTP.METHOD:request.firstline.method"));
        TARGETS.put("setPath", List.of("HTTP.URI:request.firstline.uri"));
        TARGETS.put("setProtocol", List.of("HTTP.PROTOCOL_VERSION:request.firstline.protocol"));
        TARGETS.put("setStatus", List.of("STRING:request.status.last", "STRING:request.status.original"));
        TARGETS.put("setBytesClf", List.of("BYTESCLF:response.body.bytes", "BYTESCLF:response.body.bytes.last"));
        TARGETS.put("setHost", List.of("HTTP.HEADER:request.header.host", "STRING:connection.server.name",
                "STRING:connection.server.name.canonical", "STRING:connection.server.name.canonical.last"));
        TARGETS.put("setScheme", List.of("HTTP.PROTOCOL:request.firstline.uri.protocol"));
        TARGETS.put("setEpochMillis", List.of("TIME.EPOCH:request.receive.time.epoch",
                "TIME.EPOCH:request.receive.time.last.epoch"));
    }

    private final String logFormat;
    private final Set<Fact> carries;
    private transient Parser<LogRecord> parser;

    private HttpdRecords(String logFormat, Parser<LogRecord> parser, Set<Fact> carries) {
        this.logFormat = logFormat;
        this.parser = parser;
        this.carries = carries;
    }

    /**
     * A reader for lines written with {@code logFormat}.
     *
     * @throws IllegalArgumentException if the parser cannot use the format, or it has no status field
     */
    public static HttpdRecords of(String logFormat) {
        Objects.requireNonNull(logFormat, "logFormat");
        Set<String> targeted = new HashSet<>();
        Parser<LogRecord> p = build(logFormat, targeted);
        if (targeted.stream().noneMatch(t -> t.startsWith("STRING:request.status"))) {
            throw new IllegalArgumentException("log format '" + logFormat + "' has no status field (%>s, %s or $status)");
        }
        Set<Fact> facts = EnumSet.of(Fact.STATUS);
        for (String t : targeted) {
            if (t.startsWith("HTTP.METHOD:")) {
                facts.add(Fact.METHOD);
            } else if (t.startsWith("HTTP.URI:")) {
                facts.add(Fact.URL);
            } else if (t.startsWith("HTTP.PROTOCOL_VERSION:")) {
                facts.add(Fact.VERSION);
            } else if (t.startsWith("BYTESCLF:")) {
                facts.add(Fact.CONTENT_LENGTH);
            }
        }
        return new HttpdRecords(logFormat, p, facts);
    }

    private static Parser<LogRecord> build(String logFormat, Set<String> targeted) {
        try {
            Parser<LogRecord> p = new HttpdLoglineParser<>(LogRecord.class, logFormat);
            Set<String> possible = new HashSet<>(p.getPossiblePaths());
            for (Map.Entry<String, List<String>> e : TARGETS.entrySet()) {
                Method setter = setter(e.getKey());
                for (String path : e.getValue()) {
                    if (possible.contains(path)) {
                        p.addParseTarget(setter, List.of(path));
                        targeted.add(path);
                        break;
                    }
                }
            }
            return p;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("log format '" + logFormat + "' cannot be used: " + e.getMessage(), e);
        }
    }

    private static Method setter(String name) {
        try {
            return LogRecord.class.getMethod(name, String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("LogRecord lacks " + name, e);
        }
    }

    @Override
    public void read(InputStream in, String file, RecordSink sink) throws IOException {
        if (parser == null) {
            parser = build(logFormat, new HashSet<>());
        }
        Recorder recorder = Recorder.log(logFormat.indexOf('$') >= 0 ? "nginx" : "Apache httpd");
        Lines lines = new Lines(in);
        LogRecord r = new LogRecord();
        for (String line; (line = lines.next()) != null; ) {
            Source at = Source.line(file, NdjsonRecords.lineNumber(lines));
            if (line == Lines.TOO_LONG) {
                sink.malformed(at, Lines.TOO_LONG);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            r.reset();
            try {
                parser.parse(r, line);
            } catch (DissectionFailure e) {
                sink.malformed(at, "does not match the log format '" + logFormat + "'");
                continue;
            } catch (InvalidDissectorException | MissingDissectorsException e) {
                throw new IllegalStateException("log format '" + logFormat + "': " + e.getMessage(), e);
            }
            if (carries.contains(Fact.CONTENT_LENGTH)) {
                r.bytesWhenAbsent("0");
            }
            r.emit(file, lines.number(), recorder, sink);
        }
    }

    @Override
    public Set<Fact> carries() {
        return carries;
    }

    @Override
    public String describe() {
        return "text access log (" + logFormat + ")";
    }

    @Override
    public boolean accepts(String name) {
        return true;
    }
}
