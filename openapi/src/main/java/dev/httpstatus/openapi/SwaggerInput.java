package dev.httpstatus.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
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
 * descriptions they are most of the text,
 * and reading them was most of swagger-parser's time. So are {@code x-} extensions: the first one
 * swagger-parser meets makes it build its own Jackson mapper, a fifth of a second before the JIT has
 * warmed up. The document itself is not changed; the new tree shares what it keeps unchanged.
 *
 * <pre>{@code JsonNode input = SwaggerInput.of(tree.root(), ApiDescription.Kind.OPENAPI_3_0);}</pre>
 */
final class SwaggerInput {

    private SwaggerInput() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    static JsonNode of(JsonNode root, ApiDescription.Kind kind) {
        Set<String> bodies = requestBodyParameters(root.path("parameters"));
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "paths" -> out.set(k, map(v, item -> pathItem(item, bodies)));
                case "components" -> out.set(k, components(v, root));
                case "responses" -> out.set(k, names(v, SwaggerInput::response)); // Swagger 2.0's shared responses
                case "parameters" -> out.set(k, withoutRequestBodies(v)); // and parameters
                case "definitions" -> out.set(k, problemSchemas(root, v, true)); // and schemas
                case "info" -> out.set(k, pick(v, "title", "version"));
                case "servers" -> out.set(k, servers(v));
                case "openapi", "swagger", "host", "basePath", "schemes", "produces", "consumes" -> out.set(k, v);
                default -> { } // tags, security, webhooks, externalDocs, extensions: not needed
            }
        }
        return out;
    }

    private interface Prune {
        JsonNode apply(JsonNode n);
    }

    /** A copy of an object whose member values go through {@code f}. */
    private static JsonNode map(JsonNode n, Prune f) {
        if (!n.isObject()) {
            return n;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().startsWith("x-")) {
                out.set(e.getKey(), f.apply(e.getValue()));
            }
        }
        return out;
    }

    /** A copy of an object with only the members {@code keys}, those it has. */
    private static JsonNode pick(JsonNode n, String... keys) {
        if (!n.isObject()) {
            return n;
        }
        ObjectNode out = NODES.objectNode();
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (v != null) {
                out.set(k, v);
            }
        }
        return out;
    }

    /** A copy of an array whose elements go through {@code f}. */
    private static JsonNode each(JsonNode n, Prune f) {
        if (!n.isArray()) {
            return n;
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode e : n) {
            out.add(f.apply(e));
        }
        return out;
    }

    private static JsonNode servers(JsonNode list) {
        return each(list, s -> pick(s, "url"));
    }

    /**
     * A parameter's reference, name and place (where a header parameter is what the rules read), and
     * for Swagger 2.0 the type its converter makes a schema of. Not an array's items: Swagger 2.0's
     * reader converts those with a Jackson mapper of its own, which costs a cold run a fifth of a second.
     */
    private static JsonNode parameter(JsonNode p) {
        return pick(p, "$ref", "name", "in", "required", "type", "format");
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
    private static JsonNode withoutRequestBodies(JsonNode shared) {
        if (!shared.isObject()) {
            return shared;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = shared.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!isRequestBody(e.getValue())) {
                out.set(e.getKey(), parameter(e.getValue()));
            }
        }
        return out;
    }

    /** A parameter list without request bodies, given or referred to ({@code bodies}). */
    private static JsonNode parameters(JsonNode list, Set<String> bodies) {
        if (!list.isArray()) {
            return list;
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode p : list) {
            if (!isRequestBody(p) && !bodies.contains(p.path("$ref").asText())) {
                out.add(parameter(p));
            }
        }
        return out;
    }

    /** The schema keywords that tell a problem-details shape, through properties and combinations. */
    private static JsonNode schema(JsonNode s) {
        if (!s.isObject()) {
            return s; // 3.1's true and false schemas
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "$ref", "type" -> out.set(e.getKey(), v);
                case "properties" -> out.set("properties", names(v, SwaggerInput::schema));
                case "allOf", "oneOf", "anyOf" -> out.set(e.getKey(), each(v, SwaggerInput::schema));
                default -> { }
            }
        }
        return out;
    }

    /**
     * A copy of a map from names (header, property and component names: "x-" ones too, which only
     * mark extensions where the keys are fixed fields or paths and codes) whose values go through {@code f}.
     */
    private static JsonNode names(JsonNode n, Prune f) {
        if (!n.isObject()) {
            return n;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey(), f.apply(e.getValue()));
        }
        return out;
    }

    private static JsonNode pathItem(JsonNode item, Set<String> bodies) {
        if (!item.isObject()) {
            return item;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (OPERATIONS.contains(k)) {
                out.set(k, operation(e.getValue(), bodies));
            } else if (k.equals("$ref")) {
                out.set(k, e.getValue());
            } else if (k.equals("parameters")) {
                out.set(k, parameters(e.getValue(), bodies));
            } else if (k.equals("servers")) {
                out.set(k, servers(e.getValue()));
            }
        }
        return out;
    }

    private static JsonNode operation(JsonNode op, Set<String> bodies) {
        if (!op.isObject()) {
            return op;
        }
        ObjectNode out = NODES.objectNode();
        for (String k : new String[] {"produces", "operationId"}) {
            if (op.has(k)) {
                out.set(k, op.get(k));
            }
        }
        if (op.has("parameters")) {
            out.set("parameters", parameters(op.get("parameters"), bodies));
        }
        if (op.has("servers")) {
            out.set("servers", servers(op.get("servers")));
        }
        if (op.has("responses")) {
            out.set("responses", map(op.get("responses"), SwaggerInput::response));
        }
        return out;
    }

    private static JsonNode response(JsonNode r) {
        if (!r.isObject()) {
            return r;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "$ref" -> out.set("$ref", e.getValue());
                case "description" -> out.set("description", e.getValue()); // required
                case "headers" -> out.set("headers", names(e.getValue(), h -> pick(h, "$ref", "type")));
                case "schema" -> out.set("schema", schema(e.getValue())); // Swagger 2.0
                case "content" -> out.set("content", map(e.getValue(), SwaggerInput::mediaType));
                default -> { } // examples, links, extensions
            }
        }
        return out;
    }

    private static JsonNode mediaType(JsonNode m) {
        if (!m.isObject()) {
            return m;
        }
        ObjectNode out = NODES.objectNode();
        if (m.has("schema")) {
            out.set("schema", schema(m.get("schema")));
        }
        return out;
    }

    private static JsonNode components(JsonNode c, JsonNode root) {
        if (!c.isObject()) {
            return c;
        }
        ObjectNode out = NODES.objectNode();
        if (c.has("parameters")) {
            out.set("parameters", names(c.get("parameters"), SwaggerInput::parameter));
        }
        if (c.has("responses")) {
            out.set("responses", names(c.get("responses"), SwaggerInput::response));
        }
        if (c.has("pathItems")) {
            out.set("pathItems", names(c.get("pathItems"), item -> pathItem(item, Set.of())));
        }
        if (c.has("schemas")) {
            out.set("schemas", problemSchemas(root, c.get("schemas"), false));
        }
        return out;
    }

    /**
     * The component schemas (Swagger 2.0's definitions) that problem-details content refers to,
     * directly or through other schemas, each with the keywords that tell its shape. In Swagger 2.0
     * a response's media types are its operation's {@code produces} (or the document's).
     */
    private static JsonNode problemSchemas(JsonNode root, JsonNode schemas, boolean swagger2) {
        if (!schemas.isObject()) {
            return schemas;
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
                kept.set(name, schema(schemas.get(name)));
            }
        }
        return kept;
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
