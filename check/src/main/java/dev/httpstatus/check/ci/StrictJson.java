package dev.httpstatus.check.ci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the small JSON files of this package (configuration, baseline) token by token, turning every
 * surprise into a {@link ControlFileException} at the token's line and column. Duplicate keys are
 * errors: in a file people edit they are mistakes.
 */
final class StrictJson implements AutoCloseable {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 16).maxNestingDepth(32).build())
            .build();

    private final JsonParser p;
    private final String name;

    private StrictJson(JsonParser p, String name) {
        this.p = p;
        this.name = name;
    }

    /** Opens {@code file}, which must exist and be at most {@code maxBytes} long. */
    static StrictJson open(Path file, long maxBytes) throws IOException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ControlFileException(name, -1, -1, "is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ControlFileException(name, -1, -1, "too large (" + size + " bytes; at most " + maxBytes + ")");
            }
            InputStream in = Files.newInputStream(file);
            return new StrictJson(JSON.createParser(in), name);
        } catch (NoSuchFileException e) {
            throw new ControlFileException(name, -1, -1, "no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ControlFileException(name, -1, -1, "permission denied");
        }
    }

    /** For tests and streams: reads JSON text from {@code in}, reporting against {@code name}. */
    static StrictJson of(InputStream in, String name) throws IOException {
        return new StrictJson(JSON.createParser(in), name);
    }

    String name() {
        return name;
    }

    /** The next token; a syntax error becomes a located {@link ControlFileException}. */
    JsonToken next() throws ControlFileException {
        try {
            JsonToken t = p.nextToken();
            return t;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            throw new ControlFileException(name, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    "not valid JSON: " + (nl < 0 ? msg : msg.substring(0, nl)));
        } catch (IOException e) {
            throw new ControlFileException(name, -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /** The next token, which must be {@code expected}; {@code what} names it in the error. */
    void expect(JsonToken expected, String what) throws ControlFileException {
        JsonToken t = next();
        if (t != expected) {
            throw error("expected " + what + ", found " + describe(t));
        }
    }

    /** The next token, which must be a string; returns its text. */
    String string(String what) throws ControlFileException {
        JsonToken t = next();
        if (t != JsonToken.VALUE_STRING) {
            throw error("expected " + what + " (a string), found " + describe(t));
        }
        return text();
    }

    String text() throws ControlFileException {
        try {
            return p.getText();
        } catch (IOException e) {
            throw new ControlFileException(name, -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /** Skips the value that starts at the current token. */
    void skipValue() throws ControlFileException {
        try {
            p.skipChildren();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ControlFileException(name, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ControlFileException(name, -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /** An error at the current token. */
    ControlFileException error(String problem) {
        JsonLocation at = p.currentTokenLocation();
        return new ControlFileException(name, at.getLineNr(), at.getColumnNr(), problem);
    }

    /** Where the current token starts. */
    JsonLocation location() {
        return p.currentTokenLocation();
    }

    /** An error at an earlier token's {@code at}. */
    ControlFileException errorAt(JsonLocation at, String problem) {
        return new ControlFileException(name, at.getLineNr(), at.getColumnNr(), problem);
    }

    /** "line 7, column 9" of the current token. */
    String position() {
        JsonLocation at = p.currentTokenLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** After the top-level value: nothing but whitespace may follow. */
    void end() throws ControlFileException {
        JsonToken t = next();
        if (t != null) {
            throw error("unexpected " + describe(t) + " after the end of the top-level object");
        }
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of an array";
            case FIELD_NAME -> "a key";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    @Override
    public void close() {
        try {
            p.close();
        } catch (IOException e) {
            // reading is over; a failing close changes nothing that was read
        }
    }
}
