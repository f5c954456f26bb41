package dev.httpstatus.check.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Reads a HAR 1.2 file entry by entry with Jackson's streaming parser: memory stays constant whatever
 * the file's size, because only the entry being read is held.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *     HarReader.read(in, path.toString(), sink);   // sink.exchange(...) / sink.skipped(...) per entry
 * }
 * }</pre>
 *
 * <p>Real captures differ from the specification, and the reader adapts rather than cry wolf:
 * <ul>
 * <li>a UTF-8 byte-order mark is skipped; UTF-16 and UTF-32 text is read as the same characters;</li>
 * <li>a header value written as an array (Polly.JS 1.x) is one field line per element; a null
 *     method (WebPageTest) is "not recorded", with a note;</li>
 * <li>an entry with status 0 (no response: failed, blocked or aborted) is reported as skipped, with
 *     the tool's error text where it recorded one;</li>
 * <li>for a 304, browsers fill {@code bodySize} and {@code content.size} with the cached body, so the
 *     body length is left unknown; for a HEAD only {@code bodySize} (bytes on the wire) counts;</li>
 * <li>an empty {@code httpVersion} is read as unknown; {@code http/2.0}, {@code h3} and the like as
 *     HTTP/2 and HTTP/3; pseudo-header fields ({@code :status}) are not header fields and are ignored;</li>
 * <li>a header value longer than {@value #MAX_VALUE} characters is cut to that length and the entry
 *     notes it (one over {@value #MAX_FIELD} is damage, and rejected); content text is kept up to
 *     {@value #MAX_BODY} characters, and so is a URL; other strings are cut at {@value #MAX_VALUE}
 *     with a note. No string is decoded past {@value BoundedJsonParser#MAX_STRING} characters: the
 *     rest is skipped unread, so memory stays bounded whatever the file holds.</li>
 * </ul>
 * Anything that is not HAR (invalid JSON, a missing {@code log}, a value of the wrong type, nesting
 * over 1000 levels, a number over 1000 digits, a name over 50000 characters) stops the file with a
 * {@link BadInputException} naming the entry, line and column and what was expected, in words of
 * its own rather than the JSON library's.
 */
public final class HarReader {

    /** Longest header value kept whole; longer ones are cut, with a note on the exchange. */
    public static final int MAX_VALUE = 8192;
    /** Most content characters kept for rules that read the body. */
    public static final int MAX_BODY = 65536;
    /**
     * Longest header value accepted at all. Servers refuse fields a small fraction of this long, so a
     * longer value means the capture is damaged, and the file is rejected rather than guessed at.
     */
    public static final int MAX_FIELD = 1 << 20;
    /** Most header fields kept per message; more are counted in a note. */
    public static final int MAX_FIELDS = 1000;

    /** Longest URL kept whole; longer ones (data: URLs) are cut, with a note. */
    private static final int MAX_URL = MAX_BODY;

    private final BoundedJsonParser p;
    private final String file;
    private final ExchangeSink sink;
    private final Headers.Builder fields = Headers.builder();
    private int entry = -1;
    private Exchange.Builder x;
    private Recorder recorder = Recorder.UNKNOWN_HAR;
    /** The recorder's quirks, worked out once per file rather than once per entry. */
    private boolean merges304;
    private boolean mixesRedirects;
    private String url = "";
    /** The entry's header lists as read; an empty one records nothing (see where the entry ends). */
    private Headers requestHeaders = Headers.empty();
    private Headers responseHeaders = Headers.empty();
    private String method;
    /** Elements of header value arrays left out of the message being read. */
    private int arrayExtra;

    private HarReader(BoundedJsonParser p, String file, ExchangeSink sink) {
        this.p = p;
        this.file = file;
        this.sink = sink;
    }

    /**
     * Reads every entry of the HAR in {@code in}, passing each to {@code sink}; does not close {@code in}.
     *
     * @param file the name to report positions against
     * @throws BadInputException if the input is not a HAR file, naming where and what was expected
     * @throws IOException       if reading fails
     */
    public static void read(InputStream in, String file, ExchangeSink sink) throws IOException {
        BoundedJsonParser p;
        try {
            p = BoundedJsonParser.open(in);
        } catch (CharConversionException e) {
            throw new BadInputException(Source.file(file), "", "not text: " + e.getMessage());
        }
        try (p) {
            new HarReader(p, file, sink).readFile();
        }
    }

    private void readFile() throws IOException {
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw bad("empty file: expected a HAR object {\"log\": {...}}");
            }
            if (t != JsonToken.START_OBJECT) {
                throw bad("expected a HAR object {\"log\": {...}}, found " + describe(t));
            }
            boolean sawLog = false;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("log".equals(name)) {
                    expect(JsonToken.START_OBJECT, "log");
                    readLog();
                    sawLog = true;
                } else {
                    p.skipChildren();
                }
            }
            entry = -1;
            if (!sawLog) {
                throw bad("no \"log\" object at the top level: this is not a HAR file");
            }
            if (p.nextToken() != null) {
                throw bad("text after the end of the HAR object");
            }
        } catch (JsonProcessingException e) {
            throw bad(JsonErrors.describe(e));
        } catch (CharConversionException e) {
            throw bad("not text: " + e.getMessage()); // from a UTF-16 or UTF-32 file
        }
    }

    private void readLog() throws IOException {
        boolean sawEntries = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if ("creator".equals(name) || "browser".equals(name)) {
                String[] nameAndVersion;
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    // HAR wants {name, version}; some tools (Optic) write the name alone. It only picks
                    // recorder quirks, so take it as the name rather than refuse every entry.
                    nameAndVersion = new String[] {string(p.currentToken(), "log." + name), ""};
                } else {
                    expect(JsonToken.START_OBJECT, "log." + name);
                    nameAndVersion = readNameAndVersion("log." + name);
                }
                if ("creator".equals(name)) {
                    recorder = Recorder.har(nameAndVersion[0], nameAndVersion[1], recorder.browser());
                } else {
                    recorder = Recorder.har(recorder.name(), recorder.version(),
                            (nameAndVersion[0] + " " + nameAndVersion[1]).trim());
                }
                merges304 = recorder.merges304WithCache();
                mixesRedirects = recorder.mixesRedirectFields();
            } else if ("entries".equals(name)) {
                expect(JsonToken.START_ARRAY, "log.entries");
                while (true) {
                    entry++; // before reading on, so that a file ending here names the missing entry
                    JsonToken t = p.nextToken();
                    if (t == JsonToken.END_ARRAY) {
                        break;
                    }
                    if (t != JsonToken.START_OBJECT) {
                        throw bad("log.entries[" + entry + "]: expected an entry object, found " + describe(t));
                    }
                    readEntry();
                }
                sawEntries = true;
            } else {
                p.skipChildren();
            }
        }
        entry = -1;
        if (!sawEntries) {
            throw bad("\"log\" has no \"entries\" array");
        }
    }

    /** {name, version} of log.creator or log.browser; "" for what is missing. */
    private String[] readNameAndVersion(String what) throws IOException {
        String[] nv = {"", ""};
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (("name".equals(field) || "version".equals(field)) && t == JsonToken.VALUE_STRING) {
                nv["name".equals(field) ? 0 : 1] = string(t, what + "." + field);
            } else {
                p.skipChildren();
            }
        }
        return nv;
    }

    private void readEntry() throws IOException {
        Source source = Source.entry(file, entry, p.currentLocation().getLineNr());
        x = Exchange.builder(source).recorder(recorder);
        url = "";
        requestHeaders = Headers.empty();
        responseHeaders = Headers.empty();
        method = null;
        boolean sawResponse = false;
        Response r = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "request" -> {
                    expect(JsonToken.START_OBJECT, "request");
                    readRequest();
                }
                case "response" -> {
                    expect(JsonToken.START_OBJECT, "response");
                    r = readResponse();
                    sawResponse = true;
                }
                default -> p.skipChildren();
            }
        }
        String notHttp = sawResponse ? notAnHttpResponse(r) : "the entry has no response";
        if (notHttp != null) {
            sink.skipped(new Skip(source, notHttp));
        } else {
            x.status(r.status);
            // An empty header list is how browsers record a response served from their cache (Firefox)
            // or not captured at all: no HTTP message has no fields, so it says nothing of them.
            boolean fields = responseHeaders.size() > 0;
            boolean requestFields = requestHeaders.size() > 0;
            if (fields && r.status == 304 && merges304) {
                // It also lists cache hits as 304s, with the request as first sent (no If-None-Match).
                fields = false;
                requestFields = false;
                x.note(recorder + " shows the cached response's header fields on a 304, and lists cache hits as"
                        + " 304s; neither the 304's fields nor its request's are judged");
            } else if (fields && responseHeaders.has("Host") && sameFields(requestHeaders, responseHeaders)) {
                // Host is a request field: a response that repeats the request's fields one for one
                // (Optic's capture does) is a recorder that did not record the response's.
                fields = false;
                x.note("the response's header fields are a copy of the request's (Host included): the recorder did not"
                        + " record the response's, so they are not judged");
            } else if (fields && r.status >= 200 && r.status < 300 && mixesRedirects && r.location) {
                fields = false;
                x.note(recorder + " copies a redirect's header fields onto the response it led to"
                        + " (a " + r.status + " with Location); the fields are not judged");
            }
            x.recorded(requestFields, fields);
            x.bodyLength(bodyLength(r));
            if (r.text != null) {
                r.setBody(x);
            }
            sink.exchange(x.build());
        }
        x = null;
    }

    /**
     * Why an entry records no HTTP response, or null when it does: no response object, status 0 or
     * negative (a failed, blocked or aborted request; Playwright writes -1), a URL that is not http(s)
     * (data:, blob:, about: — resolved inside the browser, with a placeholder status such as 1), or a
     * recorder's own timeout marker.
     */
    private String notAnHttpResponse(Response r) {
        if (r.status <= 0) {
            return "status " + (r.status < 0 ? "-1 or less" : "0") + ": no response was received (the request failed,"
                    + " was blocked or aborted)"
                    + (r.error == null || r.error.isBlank() ? "" : ": " + r.error);
        }
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        if (!scheme.isEmpty() && !scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ws")
                && !scheme.equals("wss") && isScheme(scheme)) {
            return "not fetched over HTTP: " + scheme + ": URLs are resolved by the browser (status " + r.status
                    + " is the recorder's placeholder)";
        }
        if (r.status == 420 && "Response Timeout".equals(r.statusText) && responseHeaders.size() == 0) {
            // Firebug's marker for a request it stopped waiting for: no header fields, no version.
            return "the recorder's timeout mark: status 420 \"Response Timeout\" without header fields is a request"
                    + " the recorder stopped waiting for, not a response";
        }
        return null;
    }

    private static boolean sameFields(Headers a, Headers b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.name(i).equalsIgnoreCase(b.name(i)) || !a.value(i).equals(b.value(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} can be a URI scheme (RFC 3986 §3.1), so that "/a:b" is not read as one. */
    private static boolean isScheme(String s) {
        if (!Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The content length the entry supports, or -1 where its sizes cannot be trusted: a 304's sizes
     * describe the cached body; a 101's describe the new protocol's bytes; and a positive bodySize beside
     * a content.size of 0 with no text is a transfer size (header and frame bytes: chrome-har,
     * Playwright, WebPageTest), not content.
     */
    private long bodyLength(Response r) {
        if (r.status == 304 || r.status == 101) {
            return -1;
        }
        boolean transferSize = r.bodySize > 0 && r.contentSize == 0 && (r.text == null || r.text.isEmpty())
                && !r.textUnread;
        if (transferSize) {
            return -1;
        }
        // a HEAD's content.size may be the GET's length: only bodySize is bytes on the wire
        return "HEAD".equals(method) ? r.bodySize : r.bodyLength();
    }

    private void readRequest() throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "method" -> {
                    method = t == JsonToken.VALUE_NULL ? null : string(t, "request.method");
                    x.method(method);
                    if (method == null) { // WebPageTest writes null where it did not record the method
                        x.note("request.method is null: the method was not recorded");
                    }
                }
                case "url" -> {
                    url = t == JsonToken.VALUE_NULL ? "" : string(t, "request.url", MAX_URL);
                    x.url(url);
                }
                case "httpVersion" -> x.requestVersion(optional(t, "request.httpVersion"));
                case "headers" -> {
                    Headers h = readHeaders("request.headers");
                    x.request(h);
                    requestHeaders = h;
                }
                default -> p.skipChildren();
            }
        }
    }

    /** The parts of a response that need the whole object before they can be judged. */
    private static final class Response {
        int status = -1;
        String error;
        String statusText = "";
        boolean location;
        long bodySize = -1;
        long contentSize = -1;
        String mimeType;
        String text;
        boolean textComplete;
        boolean base64;
        boolean textUnread;

        long bodyLength() {
            if (bodySize > 0) {
                return bodySize;
            }
            if (contentSize > 0) {
                return contentSize;
            }
            if (text != null && !text.isEmpty()) {
                return text.length(); // Safari records size 0 beside the text it shows
            }
            if (textUnread) {
                return -1; // some text, sizes say 0: the capture contradicts itself
            }
            return bodySize == 0 || contentSize == 0 ? 0 : -1;
        }

        void setBody(Exchange.Builder x) {
            if (!base64) {
                x.body(text, textComplete);
            } else if (textComplete) {
                try {
                    x.body(new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8), true);
                } catch (IllegalArgumentException e) {
                    x.note("content.text is marked base64 but does not decode; body not checked");
                }
            }
        }
    }

    private Response readResponse() throws IOException {
        Response r = new Response();
        boolean sawStatus = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "status" -> {
                    r.status = integer(t, "response.status");
                    sawStatus = true;
                }
                case "statusText" -> {
                    r.statusText = t == JsonToken.VALUE_NULL ? "" : string(t, "response.statusText");
                    x.reasonPhrase(r.statusText);
                }
                case "httpVersion" -> x.responseVersion(optional(t, "response.httpVersion"));
                case "headers" -> {
                    Headers h = readHeaders("response.headers");
                    x.response(h);
                    responseHeaders = h;
                    r.location = h.has("Location");
                }
                case "bodySize" -> r.bodySize = number(t, "response.bodySize");
                case "content" -> {
                    expect(JsonToken.START_OBJECT, "response.content");
                    readContent(r);
                }
                case "_error" -> r.error = t == JsonToken.VALUE_STRING ? p.text(MAX_VALUE) : null;
                default -> p.skipChildren();
            }
        }
        if (!sawStatus) {
            throw bad("response has no \"status\"");
        }
        return r;
    }

    private void readContent(Response r) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "size" -> r.contentSize = number(t, "response.content.size");
                case "mimeType" -> r.mimeType = t == JsonToken.VALUE_NULL ? null : string(t, "response.content.mimeType");
                case "encoding" -> r.base64 = t == JsonToken.VALUE_STRING && "base64".equalsIgnoreCase(p.text(16));
                case "text" -> {
                    if (t == JsonToken.VALUE_NULL) {
                        break;
                    }
                    requireString(t, "response.content.text"); // type only: decoding big bodies is the slow part
                    if (wantsText(r)) {
                        r.text = p.text(MAX_BODY); // a longer text keeps its start, the rest is skipped
                        r.textComplete = p.textLength() >= 0 && p.textLength() <= MAX_BODY;
                    } else {
                        r.textUnread = true; // left undecoded: the parser skips it without copying
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    /** Only JSON bodies are read by rules; skipping the rest keeps big captures fast. */
    private boolean wantsText(Response r) {
        String type = r.mimeType;
        if (type == null || type.isEmpty()) {
            return true;
        }
        return type.toLowerCase(Locale.ROOT).contains("json");
    }

    private Headers readHeaders(String what) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Headers.empty();
        }
        expect(JsonToken.START_ARRAY, what);
        fields.clear();
        arrayExtra = 0;
        int extra = 0;
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw bad(at(what, index) + ": expected {\"name\": ..., \"value\": ...}, found " + describe(t));
            }
            String name = null;
            String value = null;
            List<String> values = null; // Polly.JS 1.x writes "value": ["a", "b"], one element per field line
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                if ("name".equals(f)) {
                    name = v == JsonToken.VALUE_STRING ? value(what, index, null, ".name") : string(v, at(what, index) + ".name");
                } else if ("value".equals(f)) {
                    if (v == JsonToken.START_ARRAY) {
                        values = valueArray(what, index, name);
                    } else {
                        value = value(v, what, index, name);
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (name == null) {
                throw bad(at(what, index) + ": header without a \"name\"");
            }
            index++;
            if (name.startsWith(":")) {
                continue; // HTTP/2 pseudo-header, not a field
            }
            if (values == null) {
                if (fields.size() >= MAX_FIELDS) {
                    extra++;
                    continue;
                }
                fields.add(name, value == null ? "" : value);
            } else {
                for (String v : values) {
                    if (fields.size() >= MAX_FIELDS) {
                        extra++;
                    } else {
                        fields.add(name, v);
                    }
                }
            }
        }
        extra += arrayExtra;
        if (extra > 0) {
            x.note(what + ": " + extra + " header fields beyond the first " + MAX_FIELDS + " were not checked");
        }
        return fields.build();
    }

    /** "response.headers[3]", built only for a message: per header it would cost more than the parsing. */
    private static String at(String what, int index) {
        return what + "[" + index + "]";
    }

    /** The elements of a header value written as an array; null elements are left out. */
    private List<String> valueArray(String headers, int index, String name) throws IOException {
        List<String> values = new ArrayList<>(2);
        int element = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NULL) {
                if (t != JsonToken.VALUE_STRING) {
                    throw bad(at(headers, index) + ".value[" + element + "]: expected a string, found " + describe(t));
                }
                String v = value(headers, index, name, ".value[" + element + "]");
                if (values.size() < MAX_FIELDS) {
                    values.add(v);
                } else {
                    arrayExtra++; // past any message's limit: only counted
                }
            }
            element++;
        }
        return values;
    }

    private String value(JsonToken t, String headers, int index, String name) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return value(headers, index, name, ".value");
        }
        if (t == JsonToken.VALUE_NULL) {
            return "";
        }
        requireString(t, at(headers, index) + ".value");
        return "";
    }

    /** The current string as a header name or value: cut, with a note, when long; refused when absurd. */
    private String value(String headers, int index, String name, String part) throws IOException {
        String v = p.text(MAX_VALUE);
        int len = p.textLength();
        if (len >= 0 && len <= MAX_VALUE) {
            return v;
        }
        String what = at(headers, index) + part + (name == null ? "" : " (" + name + ")");
        if (len < 0 || len > MAX_FIELD) {
            throw bad(what + ": a value of " + (len < 0 ? "more than " + MAX_FIELD : len)
                    + " characters; no HTTP implementation accepts a field over " + MAX_FIELD + ", so the capture is damaged");
        }
        x.note(what + ": value of " + len + " characters cut to " + MAX_VALUE + " for checking");
        return v;
    }

    private void expect(JsonToken wanted, String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t != wanted) {
            throw bad(what + ": expected " + describe(wanted) + ", found " + describe(t));
        }
    }

    private void requireString(JsonToken t, String what) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw bad(what + ": expected a string, found " + describe(t));
        }
    }

    /** A string, or null where a tool wrote null for what it did not record. */
    private String optional(JsonToken t, String what) throws IOException {
        return t == JsonToken.VALUE_NULL ? null : string(t, what);
    }

    private String string(JsonToken t, String what) throws IOException {
        return string(t, what, MAX_VALUE);
    }

    /** A string of at most {@code max} characters; a longer one is cut, with a note on the exchange. */
    private String string(JsonToken t, String what, int max) throws IOException {
        requireString(t, what);
        String s = p.text(max);
        int len = p.textLength();
        if (len < 0 || len > max) {
            if (x == null) {
                throw bad(what + ": a string of " + (len < 0 ? "more than " + BoundedJsonParser.MAX_STRING : len)
                        + " characters where at most " + max + " are expected");
            }
            x.note(what + ": " + (len < 0 ? "more than " + BoundedJsonParser.MAX_STRING : len)
                    + " characters cut to " + max + " for checking");
        }
        return s;
    }

    private int integer(JsonToken t, String what) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw bad(what + ": expected an integer, found " + describe(t));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw bad(what + ": " + p.getText() + " is too large");
        }
        return p.getIntValue();
    }

    private long number(JsonToken t, String what) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? -1 : p.getLongValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return (long) p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            return -1;
        }
        throw bad(what + ": expected a number, found " + describe(t));
    }

    private String describe(JsonToken t) throws IOException {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case END_OBJECT, END_ARRAY -> "the end of the enclosing " + (t == JsonToken.END_OBJECT ? "object" : "array");
            case VALUE_STRING -> "a string \"" + abbreviate(p.text(100)) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number " + abbreviate(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case FIELD_NAME -> "the field \"" + p.currentName() + "\"";
            default -> t.toString();
        };
    }

    private static String abbreviate(String s) {
        return Printable.quote(s, 40);
    }

    private BadInputException bad(String problem) {
        JsonLocation at = p.currentLocation();
        Source source = entry >= 0 ? Source.entry(file, entry) : Source.file(file);
        String where = at.getLineNr() > 0 ? "line " + at.getLineNr() + ", column " + at.getColumnNr() : "";
        return new BadInputException(source, where, problem);
    }
}
