package dev.httpstatus.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of a document swagger-parser needs to read for the rules: operations, their parameters and
 * responses, the response, header, parameter and path-item components, and only the schemas that
 * problem-details content refers to. Examples, request bodies, extensions and every other schema are
 * left out: in large descriptions they are most of the text, and reading them into swagger-parser's
 * model was most of the time. The document itself is not changed; a new tree shares its subtrees.
 *
 * <pre>{@code JsonNode input = SwaggerInput.of(tree.root(), ApiDescription.Kind.OPENAPI_3_0);}</pre>
 */
final class SwaggerInput {

    private SwaggerInput() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    static JsonNode of(JsonNode root, ApiDescription.Kind kind) {
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "paths" -> out.set(k, paths(v));
                case "components" -> out.set(k, components(v, root));
                case "responses" -> out.set(k, kind == ApiDescription.Kind.SWAGGER_2_0 ? map(v, SwaggerInput::response) : v);
                case "openapi", "swagger", "info", "servers", "host", "basePath", "schemes", "produces", "consumes",
                        "parameters", "definitions" -> out.set(k, v);
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

    private static JsonNode paths(JsonNode paths) {
        return map(paths, SwaggerInput::pathItem);
    }

    private static JsonNode pathItem(JsonNode item) {
        if (!item.isObject()) {
            return item;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (OPERATIONS.contains(k)) {
                out.set(k, operation(e.getValue()));
            } else if (k.equals("$ref") || k.equals("parameters") || k.equals("servers")) {
                out.set(k, e.getValue());
            }
        }
        return out;
    }

    private static JsonNode operation(JsonNode op) {
        if (!op.isObject()) {
            return op;
        }
        ObjectNode out = NODES.objectNode();
        for (String k : new String[] {"parameters", "servers", "produces", "operationId"}) {
            if (op.has(k)) {
                out.set(k, k.equals("parameters") ? withoutBodySchemas(op.get(k)) : op.get(k));
            }
        }
        if (op.has("responses")) {
            out.set("responses", map(op.get("responses"), SwaggerInput::response));
        }
        return out;
    }

    /** Swagger 2.0 body parameters carry the request's schema, which no rule reads. */
    private static JsonNode withoutBodySchemas(JsonNode params) {
        if (!params.isArray()) {
            return params;
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode p : params) {
            if (p.isObject() && "body".equals(p.path("in").asText()) && p.has("schema")) {
                ObjectNode q = ((ObjectNode) p).deepCopy();
                q.putObject("schema").put("type", "object");
                out.add(q);
            } else {
                out.add(p);
            }
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
                case "$ref", "description", "headers", "schema" -> out.set(e.getKey(), e.getValue());
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
            out.set("schema", m.get("schema"));
        }
        return out;
    }

    private static JsonNode components(JsonNode c, JsonNode root) {
        if (!c.isObject()) {
            return c;
        }
        ObjectNode out = NODES.objectNode();
        for (String k : new String[] {"headers", "parameters"}) {
            if (c.has(k)) {
                out.set(k, c.get(k));
            }
        }
        if (c.has("responses")) {
            out.set("responses", map(c.get("responses"), SwaggerInput::response));
        }
        if (c.has("pathItems")) {
            out.set("pathItems", map(c.get("pathItems"), SwaggerInput::pathItem));
        }
        JsonNode schemas = c.get("schemas");
        if (schemas != null && schemas.isObject()) {
            ObjectNode kept = NODES.objectNode();
            for (String name : problemSchemas(root, schemas)) {
                kept.set(name, schemas.get(name));
            }
            out.set("schemas", kept);
        }
        return out;
    }

    /** The component schemas that problem-details content refers to, directly or through other schemas. */
    private static Set<String> problemSchemas(JsonNode root, JsonNode schemas) {
        Set<String> names = new HashSet<>();
        ArrayDeque<JsonNode> todo = new ArrayDeque<>();
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
        String prefix = "#/components/schemas/";
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
        names.removeIf(n -> !schemas.has(n));
        return names;
    }
}
