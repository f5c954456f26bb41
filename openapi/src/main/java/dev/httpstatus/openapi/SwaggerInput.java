package dev.httpstatus.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of a document swagger-parser needs to read for the rules: operations with the name and
 * place of their parameters and the names of their responses' headers, the response, parameter and
 * path-item components, server URLs, and of schemas only what tells a problem-details shape ({@code
 * $ref}, {@code type}, {@code properties}, {@code allOf}, {@code oneOf}, {@code anyOf}), for response
 * content and the component schemas problem-details content refers to. Examples, request bodies,
 * descriptions (but a response's, which is required) and every other schema are left out: in large
 * descriptions they are most of the text, and reading them was most of swagger-parser's time. So are
 * {@code x-} extensions: the first one swagger-parser meets makes it build its own Jackson mapper, a
 * fifth of a second before the JIT has warmed up. The document itself is not changed; the new tree
 * shares what it keeps unchanged.
 *
 * <p>What it reads must have the type the specification gives it (a Responses Object is an object,
 * a parameter list an array…): swagger-parser casts without looking and fails with a
 * {@code ClassCastException}, or drops the part without a word. A part of the wrong type is left out
 * here and named in a located note instead, so that the rest is still linted and the reader learns
 * what was not.
 *
 * <pre>{@code
 * SwaggerInput.Result in = SwaggerInput.of(tree, ApiDescription.Kind.OPENAPI_3_0);
 * in.tree();    // for swagger-parser
 * in.notes();   // ["/paths/~1pets/get/responses/200 (line 12, column 9) must be an object (Response Object), found a string; left out"]
 * }</pre>
 */
final class SwaggerInput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** A place in the document, made into a {@link Pointer} only when a problem is found there. */
    private record At(At parent, String key) {
        At child(String k) {
            return new At(this, k);
        }

        At child(int i) {
            return new At(this, Integer.toString(i));
        }

        Pointer pointer() {
            List<String> keys = new ArrayList<>();
            for (At a = this; a != null && a.key != null; a = a.parent) {
                keys.add(0, a.key);
            }
            Pointer p = Pointer.root();
            for (String k : keys) {
                p = p.child(k);
            }
            return p;
        }
    }

    private static final At ROOT = new At(null, null);

    private interface Part {
        JsonNode apply(JsonNode n, At at);
    }

    private final SourceTree tree;
    private final boolean swagger2;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> bodies;

    private SwaggerInput(SourceTree tree, ApiDescription.Kind kind) {
        this.tree = tree;
        this.swagger2 = kind == ApiDescription.Kind.SWAGGER_2_0;
        this.bodies = requestBodyParameters(tree.root().path("parameters"));
    }

    /** What swagger-parser is given, and the parts left out because their type was wrong. */
    record Result(JsonNode tree, List<String> notes) {}

    /** What swagger-parser is given of {@code tree}. */
    static Result of(SourceTree tree, ApiDescription.Kind kind) {
        SwaggerInput in = new SwaggerInput(tree, kind);
        JsonNode out = in.root(tree.root());
        return new Result(out, List.copyOf(in.problems));
    }

    private JsonNode root(JsonNode root) {
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            At at = ROOT.child(k);
            switch (k) {
                case "openapi", "swagger" -> out.set(k, v);
                case "info" -> put(out, k, pick(v, at, "Info Object", "title", "version"));
                case "paths" -> put(out, k, map(v, at, "Paths Object", this::pathItem));
                default -> {
                    if (swagger2) {
                        switch (k) {
                            case "responses" -> put(out, k, names(v, at, "Responses Definitions Object", this::response));
                            case "parameters" -> put(out, k, sharedParameters(v, at));
                            case "definitions" -> put(out, k, problemSchemas(root, v, at));
                            case "produces", "consumes" -> put(out, k, array(v, at, "list of media types") ? v : null);
                            case "host", "basePath", "schemes" -> out.set(k, v);
                            default -> { } // security, tags, externalDocs, extensions: not needed
                        }
                    } else if (k.equals("components")) {
                        put(out, k, components(v, at, root));
                    } else if (k.equals("servers")) {
                        put(out, k, servers(v, at));
                    } else if (k.equals("webhooks")) {
                        put(out, k, names(v, at, "map of webhooks", this::pathItem));
                    } // security, tags, externalDocs, extensions: not needed
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ types and problems

    /** Whether {@code n} is an object; if not, a problem: "/paths/~1a/get must be an object (Operation Object), found a list". */
    private boolean object(JsonNode n, At at, String what) {
        if (n.isObject()) {
            return true;
        }
        problem(n, at, "an object (" + what + ")");
        return false;
    }

    /** Whether {@code n} is an array; if not, a problem. */
    private boolean array(JsonNode n, At at, String what) {
        if (n.isArray()) {
            return true;
        }
        problem(n, at, "a list (" + what + ")");
        return false;
    }

    /** Whether a {@code $ref}'s value is a string, as it must be; if not, a problem. */
    private boolean ref(JsonNode v, At at) {
        if (v.isTextual()) {
            return true;
        }
        problem(v, at, "a string (a reference)");
        return false;
    }

    private void problem(JsonNode n, At at, String wanted) {
        // a note of this document: the reports name the file beside it
        Pointer p = at.pointer();
        problems.add((p.isRoot() ? "the document" : p.toString()) + " (" + tree.position(p) + ") must be " + wanted
                + ", found " + kind(n) + "; left out");
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "a list" : n.isObject() ? "an object" : n.isTextual() ? "a string" : n.isNumber() ? "a number"
                : n.isBoolean() ? "a boolean" : n.isNull() ? "null" : "a scalar";
    }

    private static void put(ObjectNode out, String key, JsonNode value) {
        if (value != null) {
            out.set(key, value);
        }
    }

    // ------------------------------------------------------------------ copies

    /** A copy of an object whose member values go through {@code f}; extensions left out. Null when it is not an object. */
    private JsonNode map(JsonNode n, At at, String what, Part f) {
        if (!object(n, at, what)) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().startsWith("x-")) {
                put(out, e.getKey(), f.apply(e.getValue(), at.child(e.getKey())));
            }
        }
        return out;
    }

    /**
     * A copy of a map from names (header, property and component names: "x-" ones too, which only
     * mark extensions where the keys are fixed fields or paths and codes) whose values go through {@code f}.
     */
    private JsonNode names(JsonNode n, At at, String what, Part f) {
        if (!object(n, at, what)) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            put(out, e.getKey(), f.apply(e.getValue(), at.child(e.getKey())));
        }
        return out;
    }

    /** A copy of an object with only the members {@code keys}, those it has. */
    private JsonNode pick(JsonNode n, At at, String what, String... keys) {
        if (!object(n, at, what)) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (v != null && (!k.equals("$ref") || ref(v, at.child(k)))) {
                out.set(k, v);
            }
        }
        return out;
    }

    /** A copy of an array whose elements go through {@code f}. */
    private JsonNode each(JsonNode n, At at, String what, Part f) {
        if (!array(n, at, what)) {
            return null;
        }
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = f.apply(n.get(i), at.child(i));
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private JsonNode servers(JsonNode list, At at) {
        return each(list, at, "list of servers", (s, a) -> pick(s, a, "Server Object", "url"));
    }

    // ------------------------------------------------------------------ parameters

    /**
     * A parameter's reference, name and place (where a header parameter is what the rules read), and
     * for Swagger 2.0 the type its converter makes a schema of. Not an array's items: Swagger 2.0's
     * reader converts those with a Jackson mapper of its own, which costs a cold run a fifth of a second.
     */
    private JsonNode parameter(JsonNode p, At at) {
        return pick(p, at, "Parameter Object", "$ref", "name", "in", "required", "type", "format");
    }

    /**
     * Swagger 2.0's body and form parameters, which describe the request's body: no rule reads it,
     * and converting one to an OpenAPI 3 request body makes swagger-parser build two Jackson mappers
     * (two thirds of a cold lint of a 500 KB description).
     */
    private static boolean isRequestBody(JsonNode p) {
        String in = p.path("in").asText();
        return in.equals("body") || in.equals("formData");
    }

    /** The references to shared parameters ("#/parameters/NAME") that are request bodies. */
    private static Set<String> requestBodyParameters(JsonNode shared) {
        Set<String> refs = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = shared.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (isRequestBody(e.getValue())) {
                refs.add("#/parameters/" + e.getKey().replace("~", "~0").replace("/", "~1"));
            }
        }
        return refs;
    }

    /** Swagger 2.0's shared parameters without the request bodies. */
    private JsonNode sharedParameters(JsonNode shared, At at) {
        return names(shared, at, "Parameters Definitions Object", (p, a) -> isRequestBody(p) ? null : parameter(p, a));
    }

    /** A parameter list without request bodies, given or referred to. */
    private JsonNode parameters(JsonNode list, At at) {
        return each(list, at, "list of parameters",
                (p, a) -> isRequestBody(p) || bodies.contains(p.path("$ref").asText()) ? null : parameter(p, a));
    }

    // ------------------------------------------------------------------ paths, operations, responses

    private JsonNode pathItem(JsonNode item, At at) {
        if (!object(item, at, "Path Item Object")) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            At a = at.child(k);
            if (OPERATIONS.contains(k)) {
                put(out, k, operation(e.getValue(), a));
            } else if (k.equals("$ref")) {
                if (ref(e.getValue(), a)) {
                    out.set(k, e.getValue());
                }
            } else if (k.equals("parameters")) {
                put(out, k, parameters(e.getValue(), a));
            } else if (k.equals("servers")) {
                put(out, k, servers(e.getValue(), a));
            }
        }
        return out;
    }

    /** A Callback Object (URL expressions to path items), or a reference to one. */
    private JsonNode callback(JsonNode cb, At at) {
        if (cb.isObject() && cb.has("$ref")) {
            return pick(cb, at, "Callback Object", "$ref");
        }
        return map(cb, at, "Callback Object", this::pathItem);
    }

    private JsonNode operation(JsonNode op, At at) {
        if (!object(op, at, "Operation Object")) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        if (op.has("operationId")) {
            out.set("operationId", op.get("operationId"));
        }
        if (op.has("produces")) {
            put(out, "produces", array(op.get("produces"), at.child("produces"), "list of media types") ? op.get("produces") : null);
        }
        if (op.has("parameters")) {
            put(out, "parameters", parameters(op.get("parameters"), at.child("parameters")));
        }
        if (op.has("servers")) {
            put(out, "servers", servers(op.get("servers"), at.child("servers")));
        }
        if (op.has("responses")) {
            put(out, "responses", map(op.get("responses"), at.child("responses"), "Responses Object", this::response));
        }
        if (op.has("callbacks") && !swagger2) {
            put(out, "callbacks", names(op.get("callbacks"), at.child("callbacks"), "map of callbacks", this::callback));
        }
        return out;
    }

    private JsonNode response(JsonNode r, At at) {
        if (!object(r, at, "Response Object")) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            At a = at.child(e.getKey());
            switch (e.getKey()) {
                case "$ref" -> {
                    if (ref(e.getValue(), a)) {
                        out.set("$ref", e.getValue());
                    }
                }
                case "description" -> out.set("description", e.getValue()); // required
                case "headers" -> put(out, "headers", names(e.getValue(), a, "map of headers",
                        (h, b) -> pick(h, b, "Header Object", "$ref", "type")));
                case "content" -> put(out, "content", names(e.getValue(), a, "map of media types", this::mediaType));
                case "schema" -> put(out, "schema", schema(e.getValue(), a)); // Swagger 2.0
                default -> { } // examples, links, extensions
            }
        }
        return out;
    }

    private JsonNode mediaType(JsonNode m, At at) {
        if (!object(m, at, "Media Type Object")) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        if (m.has("schema")) {
            put(out, "schema", schema(m.get("schema"), at.child("schema")));
        }
        return out;
    }

    // ------------------------------------------------------------------ schemas

    /** The schema keywords that tell a problem-details shape, through properties and combinations. */
    private JsonNode schema(JsonNode s, At at) {
        if (s.isBoolean() && !swagger2) {
            return s; // true and false schemas (OpenAPI 3.1)
        }
        if (!object(s, at, "Schema Object")) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            At a = at.child(e.getKey());
            switch (e.getKey()) {
                case "$ref" -> {
                    if (ref(v, a)) {
                        out.set("$ref", v);
                    }
                }
                case "type" -> {
                    if ((v.isTextual() && TYPES.contains(v.asText())) || (v.isArray() && !swagger2 && allTypes(v))) {
                        out.set("type", v);
                    } else {
                        problem(v, a, swagger2 ? "a type name" : "a type name or a list of them");
                    }
                }
                case "properties" -> put(out, "properties", names(v, a, "map of properties", this::schema));
                case "allOf", "oneOf", "anyOf" -> put(out, e.getKey(), each(v, a, "list of schemas", this::schema));
                default -> { }
            }
        }
        return out;
    }

    private JsonNode components(JsonNode c, At at, JsonNode root) {
        if (!object(c, at, "Components Object")) {
            return null;
        }
        ObjectNode out = NODES.objectNode();
        if (c.has("parameters")) {
            put(out, "parameters", names(c.get("parameters"), at.child("parameters"), "map of parameters",
                    this::parameter));
        }
        if (c.has("responses")) {
            put(out, "responses", names(c.get("responses"), at.child("responses"), "map of responses", this::response));
        }
        if (c.has("callbacks")) {
            put(out, "callbacks", names(c.get("callbacks"), at.child("callbacks"), "map of callbacks", this::callback));
        }
        if (c.has("pathItems")) {
            put(out, "pathItems", names(c.get("pathItems"), at.child("pathItems"), "map of path items", this::pathItem));
        }
        if (c.has("schemas")) {
            put(out, "schemas", problemSchemas(root, c.get("schemas"), at.child("schemas")));
        }
        return out;
    }

    /**
     * The component schemas (Swagger 2.0's definitions) that problem-details content refers to,
     * directly or through other schemas, each with the keywords that tell its shape. In Swagger 2.0
     * a response's media types are its operation's {@code produces} (or the document's).
     */
    private JsonNode problemSchemas(JsonNode root, JsonNode schemas, At at) {
        if (!object(schemas, at, swagger2 ? "Definitions Object" : "map of schemas")) {
            return null;
        }
        ArrayDeque<JsonNode> todo = new ArrayDeque<>();
        if (swagger2) {
            boolean everywhere = mentionsProblem(root.path("produces"));
            boolean anywhere = everywhere;
            for (JsonNode item : root.path("paths")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = it.next();
                    JsonNode produces = op.getValue().path("produces");
                    if (OPERATIONS.contains(op.getKey()) && (produces.isMissingNode() ? everywhere : mentionsProblem(produces))) {
                        anywhere = true;
                        op.getValue().path("responses").forEach(r -> todo.add(r.path("schema")));
                    }
                }
            }
            if (anywhere) {
                root.path("responses").forEach(r -> todo.add(r.path("schema")));
            }
        } else {
            ArrayDeque<JsonNode> responses = new ArrayDeque<>();
            root.path("components").path("responses").forEach(responses::add);
            root.path("paths").forEach(item -> item.fields().forEachRemaining(op -> {
                if (OPERATIONS.contains(op.getKey())) {
                    op.getValue().path("responses").forEach(responses::add);
                }
            }));
            for (JsonNode r : responses) {
                r.path("content").fields().forEachRemaining(m -> {
                    if (m.getKey().toLowerCase(Locale.ROOT).contains("problem") && m.getValue().has("schema")) {
                        todo.add(m.getValue().get("schema"));
                    }
                });
            }
        }
        String prefix = swagger2 ? "#/definitions/" : "#/components/schemas/";
        Set<String> names = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isObject()) {
                JsonNode ref = n.get("$ref");
                if (ref != null && ref.isTextual() && ref.asText().startsWith(prefix)) {
                    String name = Pointer.parse("/" + ref.asText().substring(prefix.length())).last();
                    if (names.add(name) && schemas.has(name)) {
                        todo.add(schemas.get(name));
                    }
                }
                n.elements().forEachRemaining(todo::add);
            } else if (n.isArray()) {
                n.elements().forEachRemaining(todo::add);
            }
        }
        ObjectNode kept = NODES.objectNode();
        for (String name : names) {
            if (schemas.has(name)) {
                put(kept, name, schema(schemas.get(name), at.child(name)));
            }
        }
        return kept;
    }

    /** JSON Schema's type names, and Swagger 2.0's "file". */
    private static final Set<String> TYPES = Set.of("array", "boolean", "integer", "null", "number", "object", "string", "file");

    private static boolean allTypes(JsonNode list) {
        for (JsonNode e : list) {
            if (!e.isTextual() || !TYPES.contains(e.asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionsProblem(JsonNode mediaTypes) {
        for (JsonNode t : mediaTypes) {
            if (t.asText().toLowerCase(Locale.ROOT).contains("problem")) {
                return true;
            }
        }
        return false;
    }
}
