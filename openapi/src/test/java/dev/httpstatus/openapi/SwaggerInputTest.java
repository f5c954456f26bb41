package dev.httpstatus.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.Linter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What swagger-parser is given is only the part the rules read: findings must not depend on
 * anything left out, and names that merely look like extensions must survive.
 */
class SwaggerInputTest {

    /** A description touching every part swagger-parser reads, with findings of several rules. */
    private static Doc sample() {
        return Doc.oas30()
                .root(r -> {
                    r.putArray("servers").addObject().put("url", "https://api.example.com/v1");
                    ObjectNode c = r.putObject("components");
                    c.putObject("parameters").putObject("Trace").put("name", "X-Trace").put("in", "header")
                            .putObject("schema").put("type", "string");
                    ObjectNode problem = c.putObject("schemas").putObject("Problem");
                    problem.put("type", "object");
                    problem.putObject("properties").putObject("status").put("type", "string");
                    c.putObject("responses").putObject("Unauthorized").put("description", "d")
                            .putObject("content").putObject("application/problem+json").putObject("schema")
                            .put("$ref", "#/components/schemas/Problem");
                })
                .op("get", "/pets/{id}")
                .operation(o -> {
                    ArrayNode p = o.putArray("parameters");
                    p.addObject().put("$ref", "#/components/parameters/Trace");
                    p.addObject().put("name", "id").put("in", "path").put("required", true)
                            .putObject("schema").put("type", "string");
                })
                .response("200", r -> {
                    Doc.headers(r, "x-rate-limit", "ETag");
                    Doc.content(r, "application/json", "object").putObject("properties")
                            .putObject("name").put("type", "string");
                })
                .response("401", r -> r.put("$ref", "#/components/responses/Unauthorized"))
                .response("404", r -> Doc.content(r, "application/json", "object"))
                .op("post", "/pets")
                .response("201")
                .response("304");
    }

    /** Maps whose keys are names (where "x-" starts a name, not an extension). */
    private static final java.util.Set<String> NAME_MAPS = java.util.Set.of("properties", "headers", "content",
            "schemas", "responses", "parameters", "components");

    /**
     * Adds an extension, holding a $ref-looking value, to every object of the tree that may carry
     * one, and an example and a description to every schema.
     */
    private static void extendEverywhere(JsonNode n, String key, String parent) {
        if (n.isArray()) {
            n.forEach(e -> extendEverywhere(e, key, parent));
        } else if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            List<Map.Entry<String, JsonNode>> members = new java.util.ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                members.add(it.next());
            }
            members.forEach(e -> extendEverywhere(e.getValue(), e.getKey(), key));
            boolean nameMap = NAME_MAPS.contains(key) && !(key.equals("responses") && !"components".equals(parent));
            if (!nameMap) {
                ObjectNode x = o.putObject("x-vendor");
                x.put("note", "kept out of the model");
                x.putObject("nested").put("$ref", "#/nowhere");
            }
            if (o.has("type")) {
                o.put("example", "an example").put("description", "a schema");
            }
        }
    }

    @Test
    void extensionsAnywhereChangeNoFinding() throws Exception {
        Doc plain = sample();
        Doc extended = sample();
        extendEverywhere(extended.root, "", "");
        List<String> expected = keys(plain.lint());
        assertThat(expected).containsExactly(
                "oas-error-without-problem-json /paths/~1pets~1{id}/get/responses/404",
                "oas-201-without-location /paths/~1pets/post/responses/201",
                "oas-status-does-not-fit-method /paths/~1pets/post/responses/304",
                "oas-401-without-www-authenticate /components/responses/Unauthorized",
                "oas-problem-json-not-problem-shaped /components/responses/Unauthorized");
        assertThat(keys(extended.lint())).isEqualTo(expected);
        // and none reached swagger-parser, whose first extension costs a cold run a fifth of a second
        io.swagger.v3.oas.models.OpenAPI model = extended.read().model();
        assertThat(model.getExtensions()).isNull();
        assertThat(model.getInfo().getExtensions()).isNull();
        assertThat(model.getPaths().getExtensions()).isNull();
        io.swagger.v3.oas.models.Operation get = model.getPaths().get("/pets/{id}").getGet();
        assertThat(get.getExtensions()).isNull();
        assertThat(get.getResponses().getExtensions()).isNull();
        assertThat(get.getResponses().get("200").getExtensions()).isNull();
        assertThat(get.getResponses().get("200").getContent().get("application/json").getSchema().getExtensions()).isNull();
        assertThat(model.getComponents().getSchemas().get("Problem").getExtensions()).isNull();
    }

    @Test
    void headerAndPropertyNamesStartingWithXAreNamesNotExtensions() throws Exception {
        ApiDescription d = sample().read();
        DeclaredResponse ok = d.operations().get(0).responses().get(0);
        assertThat(ok.declaresHeader("x-rate-limit")).isTrue();
        assertThat(ok.declaresHeader("etag")).isTrue();
        assertThat(d.operations().get(0).declaresRequestHeader("X-Trace")).isTrue();
        Doc props = Doc.oas30().op("get", "/a").response("400", r -> Doc.content(r, "application/problem+json", "object")
                .putObject("properties").putObject("x-debug").put("type", "string"));
        assertThat(keys(props.lint())).anyMatch(k -> k.startsWith("oas-problem-json-not-problem-shaped"));
        assertThat(props.lint().stream().filter(f -> f.rule().id().equals("oas-problem-json-not-problem-shaped")))
                .singleElement().extracting(LintFinding::message).asString().contains("x-debug");
    }

    @Test
    void swagger2ProblemSchemasAreJudgedWhereverProducesNamesProblemJson() throws Exception {
        String text = """
                swagger: '2.0'
                info: {title: t, version: '1'}
                produces: [application/json]
                parameters:
                  Trace: {name: X-Trace, in: header, type: string}
                  Pet: {name: pet, in: body, schema: {$ref: '#/definitions/Pet'}}
                paths:
                  /pets:
                    post:
                      produces: [application/json, application/problem+json]
                      parameters:
                        - $ref: '#/parameters/Trace'
                        - $ref: '#/parameters/Pet'
                        - {name: tags, in: query, type: array, items: {type: string}}
                        - {name: photo, in: formData, type: file}
                      responses:
                        201: {description: made, headers: {Location: {type: string}}}
                        400: {description: bad, schema: {$ref: '#/definitions/Problem'}}
                    get:
                      responses:
                        200: {description: ok, schema: {type: array, items: {$ref: '#/definitions/Pet'}}}
                        404: {description: gone, schema: {$ref: '#/definitions/Problem'}}
                definitions:
                  Problem:
                    allOf:
                      - $ref: '#/definitions/Base'
                      - properties: {detail: {type: integer}}
                  Base:
                    properties: {status: {type: integer}, title: {type: string}}
                  Pet:
                    properties: {name: {type: string}}
                """;
        ApiDescription d = ApiDescription.read("s2.yaml", text);
        ApiOperation post = d.operations().stream().filter(o -> o.method().equals(dev.httpstatus.Method.POST))
                .findFirst().orElseThrow();
        assertThat(post.declaresRequestHeader("x-trace")).isTrue();
        assertThat(post.response("400").orElseThrow().mediaTypes()).contains("application/problem+json");
        List<String> found = keys(Linter.standard().lint(d).findings());
        // the POST produces problem+json: its 400's schema is judged (detail is no string), through allOf and $ref
        assertThat(found).contains("oas-problem-json-not-problem-shaped /paths/~1pets/post/responses/400");
        // the GET produces JSON only: its 404 is an error without problem details
        assertThat(found).contains("oas-error-without-problem-json /paths/~1pets/get/responses/404")
                .noneMatch(k -> k.equals("oas-problem-json-not-problem-shaped /paths/~1pets/get/responses/404"));
    }

    /**
     * Parts whose type is wrong (swagger-parser would cast them and fail, or drop them silently) are
     * left out with a located note each; the rest is read and linted.
     */
    @Test
    void partsOfTheWrongTypeAreLeftOutWithALocatedNote() throws Exception {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /a:
                    get:
                      parameters: X-Trace
                      responses:
                        '200': OK
                        '201':
                          description: made
                          content:
                            application/json: [not, an, object]
                        '401': {$ref: 7}
                        '500':
                          description: broken
                          content:
                            application/problem+json:
                              schema: {type: 7, properties: {status: {type: strin}}}
                    put: [no]
                  /b:
                    delete:
                      responses:
                        '204': {description: gone}
                """;
        ApiDescription d = ApiDescription.read("bad-types.yaml", text);
        // places deeper than a response are located at their response (positions are kept down to there)
        assertThat(d.notes()).containsExactly(
                "/paths/~1a/get/parameters (line 5, column 5) must be a list (list of parameters), found a string; left out",
                "/paths/~1a/get/responses/200 (line 7, column 7) must be an object (Response Object), found a string; left out",
                "/paths/~1a/get/responses/201/content/application~1json (line 9, column 9) must be an object (Media Type Object), found a list; left out",
                "/paths/~1a/get/responses/401/$ref (line 13, column 9) must be a string (a reference), found a number; left out",
                "/paths/~1a/get/responses/500/content/application~1problem+json/schema/type (line 14, column 9) must be a type name or a list of them, found a number; left out",
                "/paths/~1a/get/responses/500/content/application~1problem+json/schema/properties/status/type (line 14, column 9) must be a type name or a list of them, found a string; left out",
                "/paths/~1a/put (line 19, column 5) must be an object (Operation Object), found a list; left out");
        assertThat(d.operations()).extracting(ApiOperation::label).containsExactly("GET /a", "DELETE /b");
        assertThat(Linter.standard().lint(d).findings()).isNotEmpty();
    }

    /** Values a broken description may hold where something else belongs. */
    private static final List<JsonNode> JUNK = List.of(com.fasterxml.jackson.databind.node.TextNode.valueOf("x"),
            com.fasterxml.jackson.databind.node.IntNode.valueOf(7), com.fasterxml.jackson.databind.node.BooleanNode.TRUE,
            com.fasterxml.jackson.databind.node.NullNode.instance, Doc.JSON.createArrayNode().add("a"),
            Doc.JSON.createObjectNode().put("x-a", 1), Doc.JSON.createObjectNode(), Doc.JSON.createArrayNode());

    /**
     * A real description with five members replaced by values of another type reads (with notes) or
     * is bad input with located problems: never an exception from swagger-parser, never any other.
     */
    @net.jqwik.api.Property(tries = 150)
    void brokenRealDescriptionsAreReadOrRefusedNeverCrash(@net.jqwik.api.ForAll("real") String file,
            @net.jqwik.api.ForAll long seed) throws Exception {
        java.nio.file.Path path = RealDescriptionsTest.DIR.resolve(file);
        JsonNode doc = file.endsWith(".json") ? Doc.JSON.readTree(path.toFile())
                : new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(path.toFile());
        java.util.Random random = new java.util.Random(seed);
        List<ObjectNode> objects = new java.util.ArrayList<>();
        collectObjects(doc, objects);
        for (int i = 0; i < 5; i++) {
            ObjectNode o = objects.get(random.nextInt(objects.size()));
            List<String> names = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            names.removeAll(List.of("openapi", "swagger"));
            if (!names.isEmpty()) {
                o.set(names.get(random.nextInt(names.size())), JUNK.get(random.nextInt(JUNK.size())).deepCopy());
            }
        }
        try {
            ApiDescription d = ApiDescription.read(file, Doc.JSON.writeValueAsString(doc));
            Linter.standard().lint(d);
        } catch (BadDescriptionException e) {
            assertThat(e.getMessage()).doesNotContain("swagger-parser could not read it");
            assertThat(e.problems()).allMatch(p -> p.startsWith(file));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> real() {
        return net.jqwik.api.Arbitraries.of("zally-api-3.0.yaml", "gotify-swagger2.json", "redocly-museum-3.1.yaml",
                "cleanarchitecture-nswag-3.0.json");
    }

    private static void collectObjects(JsonNode n, List<ObjectNode> out) {
        if (n.isObject()) {
            out.add((ObjectNode) n);
        }
        n.elements().forEachRemaining(c -> collectObjects(c, out));
    }

    private static List<String> keys(List<LintFinding> findings) {
        return findings.stream().map(f -> f.rule().id() + " " + f.pointer()).toList();
    }
}
