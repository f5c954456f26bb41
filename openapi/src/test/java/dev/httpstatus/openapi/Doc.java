package dev.httpstatus.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.LintResult;
import dev.httpstatus.openapi.lint.Linter;
import java.util.List;

/**
 * Small OpenAPI 3.0 documents for tests, built as trees: one path, operations added one by one.
 *
 * <pre>{@code
 * Doc d = Doc.oas30().op("get", "/pets/{id}").response("401", r -> {});
 * d.lint();   // the findings
 * }</pre>
 */
public final class Doc {

    static final ObjectMapper JSON = new ObjectMapper();

    final ObjectNode root = JSON.createObjectNode();
    private ObjectNode op;

    private Doc(String version) {
        root.put("openapi", version);
        root.putObject("info").put("title", "t").put("version", "1");
        root.putObject("paths");
    }

    public static Doc oas30() {
        return new Doc("3.0.3");
    }

    public static Doc oas31() {
        return new Doc("3.1.0");
    }

    /** Starts an operation; following responses go to it. */
    public Doc op(String method, String path) {
        ObjectNode item = root.with("paths").has(path) ? (ObjectNode) root.get("paths").get(path)
                : root.with("paths").putObject(path);
        op = item.putObject(method);
        op.putObject("responses");
        return this;
    }

    /** Adds a response with a description, then lets {@code edit} add headers or content. */
    public Doc response(String key, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode r = ((ObjectNode) op.get("responses")).putObject(key);
        r.put("description", "d");
        edit.accept(r);
        return this;
    }

    /** A response without headers or content. */
    public Doc response(String key) {
        return response(key, r -> { });
    }

    /** Edits the operation itself (parameters …). */
    public Doc operation(java.util.function.Consumer<ObjectNode> edit) {
        edit.accept(op);
        return this;
    }

    /** Edits the document (components, servers …). */
    public Doc root(java.util.function.Consumer<ObjectNode> edit) {
        edit.accept(root);
        return this;
    }

    /** Declares header fields on a response. */
    public static void headers(ObjectNode r, String... names) {
        ObjectNode h = r.with("headers");
        for (String n : names) {
            h.putObject(n).putObject("schema").put("type", "string");
        }
    }

    /** Declares content of a media type with a schema of {@code type} on a response. */
    public static ObjectNode content(ObjectNode r, String mediaType, String type) {
        ObjectNode schema = r.with("content").putObject(mediaType).putObject("schema");
        schema.put("type", type);
        return schema;
    }

    public String text() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public ApiDescription read() throws BadDescriptionException {
        return ApiDescription.read("doc.json", text());
    }

    public LintResult lintResult() throws BadDescriptionException {
        return Linter.standard().lint(read());
    }

    public List<LintFinding> lint() throws BadDescriptionException {
        return lintResult().findings();
    }

    /** The rule ids found, in order. */
    public List<String> ids() throws BadDescriptionException {
        return lint().stream().map(f -> f.rule().id()).toList();
    }
}
