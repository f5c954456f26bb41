package dev.httpstatus.flink.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * JSON access logs, one object per line: nginx with {@code log_format … escape=json}, Envoy's
 * {@code json_format}, or any log whose keys a {@link FieldMap} names. Values may be strings or
 * numbers; {@code null}, "" and "-" mean not recorded. Blank lines are no records.
 *
 * <pre>{@code
 * RecordReader r = new NdjsonRecords(FieldMap.parse("envoy"), "Envoy");
 * r.read(in, "access.ndjson", sink);   // malformed lines go to sink.malformed(line N, why)
 * }</pre>
 */
public final class NdjsonRecords implements RecordReader {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    private final FieldMap fields;
    private final String server;
    private transient Map<String, LogField> byKey;

    /** Lines whose keys {@code fields} names, written by {@code server} (for the exchange's recorder). */
    public NdjsonRecords(FieldMap fields, String server) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public void read(InputStream in, String file, RecordSink sink) throws IOException {
        if (byKey == null) {
            byKey = new HashMap<>();
            fields.keys().forEach((f, k) -> byKey.put(k, f));
        }
        Recorder recorder = Recorder.log(server);
        Lines lines = new Lines(in);
        LogRecord r = new LogRecord();
        for (String line; (line = lines.next()) != null; ) {
            if (line == Lines.TOO_LONG) {
                sink.malformed(Source.line(file, lineNumber(lines)), Lines.TOO_LONG);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            r.reset();
            String problem = parse(line, r);
            if (problem != null) {
                sink.malformed(Source.line(file, lineNumber(lines)), problem);
            } else {
                r.emit(file, lines.number(), recorder, sink);
            }
        }
    }

    static int lineNumber(Lines lines) {
        return (int) Math.min(lines.number(), Integer.MAX_VALUE);
    }

    /** Fills {@code r} from one line; the problem, located by column, or null. */
    private String parse(String line, LogRecord r) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "expected a JSON object per line, found " + describe(p.currentToken());
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                LogField f = byKey.get(p.currentName());
                t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (f != null && t != JsonToken.VALUE_NULL) {
                    f.set(r, p.getText());
                }
            }
            if (p.nextToken() != null) {
                return "text after the JSON object (column " + p.currentLocation().getColumnNr() + ")";
            }
            return null;
        } catch (JsonParseException e) {
            return "not valid JSON (column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage();
        } catch (IOException e) {
            return "not valid JSON: " + e.getMessage();
        }
    }

    private static String describe(JsonToken t) {
        return t == null ? "nothing" : switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    @Override
    public Set<Fact> carries() {
        return fields.carries();
    }

    @Override
    public String describe() {
        return "NDJSON access log (" + fields + ")";
    }

    @Override
    public boolean accepts(String name) {
        return true; // logs are named anything: access.log, access.log.1, proxy-2026-11-30.json.gz
    }
}
