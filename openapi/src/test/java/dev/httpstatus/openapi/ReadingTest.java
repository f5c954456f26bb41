package dev.httpstatus.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading descriptions: positions, bad input with its place, $refs, versions. */
class ReadingTest {

    @Test
    void yamlPositionsAreTheLinesAndColumnsOfTheKeys() throws Exception {
        String yaml = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /pets/{id}:
                    get:
                      responses:
                        '200':
                          description: ok
                        404:
                          $ref: '#/components/responses/NotFound'
                components:
                  responses:
                    NotFound:
                      description: gone
                """;
        ApiDescription d = ApiDescription.read("api.yaml", yaml);
        ApiOperation op = d.operations().get(0);
        assertThat(op.label()).isEqualTo("GET /pets/{id}");
        assertThat(d.tree().position(op.pointer())).isEqualTo(new Position(5, 5));
        DeclaredResponse nf = op.response("404").orElseThrow();
        assertThat(d.tree().position(nf.entry())).isEqualTo(new Position(9, 9));
        assertThat(nf.definition().toString()).isEqualTo("/components/responses/NotFound");
        assertThat(d.tree().position(nf.definition())).isEqualTo(new Position(13, 5));
        assertThat(d.tree().position(op.response("200").orElseThrow().entry())).isEqualTo(new Position(7, 9));
    }

    @Test
    void jsonPositionsAreTheLinesAndColumnsOfTheKeys() throws Exception {
        String json = "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"},\n"
                + "  \"paths\": {\"/a\": {\"post\": {\"responses\": {\n"
                + "    \"201\": {\"description\": \"made\"}}}}}}\n";
        ApiDescription d = ApiDescription.read("api.json", json);
        assertThat(d.kind()).isEqualTo(ApiDescription.Kind.OPENAPI_3_1);
        assertThat(d.tree().position(d.operations().get(0).responses().get(0).entry())).isEqualTo(new Position(3, 5));
    }

    @Test
    void malformedYamlAndJsonAreLocated() {
        assertThatThrownBy(() -> ApiDescription.read("bad.yaml", "openapi: 3.0.0\npaths:\n  /a: [\n"))
                .isInstanceOf(BadDescriptionException.class)
                .hasMessageStartingWith("bad.yaml (line ").hasMessageContaining("malformed YAML");
        assertThatThrownBy(() -> ApiDescription.read("bad.json", "{\"openapi\": \"3.0.0\",\n \"paths\": {,}}"))
                .isInstanceOf(BadDescriptionException.class)
                .hasMessageStartingWith("bad.json (line 2, column ").hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> ApiDescription.read("cut.json", "{\"openapi\": \"3.0.0\", \"paths\": {"))
                .isInstanceOf(BadDescriptionException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> ApiDescription.read("dup.yaml", "openapi: 3.0.0\npaths: {}\npaths: {}\n"))
                .hasMessage("dup.yaml (line 3, column 1): the member \"paths\" appears twice in one object; which one counts is undefined");
    }

    @Test
    void documentsThatAreNotOpenApiAreRefused() {
        assertThatThrownBy(() -> ApiDescription.read("x.yaml", "name: x\n"))
                .hasMessageContaining("no \"openapi\" or \"swagger\" member at the top level");
        assertThatThrownBy(() -> ApiDescription.read("x.yaml", "- a\n- b\n")).hasMessageContaining("not an object");
        assertThatThrownBy(() -> ApiDescription.read("x.yaml", "swagger: '1.2'\n")).hasMessageContaining("Swagger 1.2 is not supported");
        assertThatThrownBy(() -> ApiDescription.read("x.yaml", "openapi: 4.0.0\n")).hasMessageContaining("OpenAPI 4.0.0 is not supported");
        assertThatThrownBy(() -> ApiDescription.read("x.yaml", "  \n")).hasMessageContaining("empty");
    }

    @Test
    void brokenRefsAreAllListedWithTheirPlace() {
        String yaml = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        '200':
                          $ref: '#/components/responses/Ok'
                        '404':
                          $ref: '#/components/responses/NotFund'
                components:
                  responses:
                    Ok: {description: ok}
                  schemas:
                    X:
                      properties:
                        y: {$ref: '#/components/schemas/Nope'}
                      example: {$ref: 'not a reference, data'}
                """;
        assertThatThrownBy(() -> ApiDescription.read("api.yaml", yaml))
                .isInstanceOfSatisfying(BadDescriptionException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "api.yaml (line 10, column 11): $ref \"#/components/responses/NotFund\" leads nowhere: "
                                + "/components/responses has no \"NotFund\"",
                        "api.yaml (line 17, column 13): $ref \"#/components/schemas/Nope\" leads nowhere: "
                                + "/components/schemas has no \"Nope\""));
    }

    @Test
    void refsToFilesAreFollowedAndRemoteOnesListed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("common.yaml"), "NotFound:\n  description: gone\n  content:\n"
                + "    application/problem+json:\n      schema: {type: object}\n");
        Path api = dir.resolve("api.yaml");
        Files.writeString(api, """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok}
                        '404': {$ref: 'common.yaml#/NotFound'}
                        '500': {$ref: 'https://example.com/common.yaml#/Oops'}
                """);
        ApiDescription d = ApiDescription.read(api);
        assertThat(d.notes()).containsExactly("$ref \"https://example.com/common.yaml#/Oops\" not followed: remote references are not fetched");
        assertThat(d.operations().get(0).response("500").orElseThrow().resolved()).isFalse();
        Files.writeString(api, Files.readString(api).replace("common.yaml#/NotFound", "missing.yaml#/NotFound"));
        assertThatThrownBy(() -> ApiDescription.read(api)).hasMessageContaining("leads nowhere: no such file");
    }

    @Test
    void swagger2IsConvertedWithItsPositions() throws Exception {
        String yaml = """
                swagger: '2.0'
                info: {title: t, version: '1'}
                host: api.example.com
                basePath: /v1
                produces: [application/json]
                paths:
                  /items:
                    post:
                      responses:
                        201:
                          description: made
                          headers:
                            Location: {type: string}
                        404:
                          $ref: '#/responses/NotFound'
                responses:
                  NotFound:
                    description: gone
                    schema: {type: object}
                """;
        ApiDescription d = ApiDescription.read("s.yaml", yaml);
        assertThat(d.kind()).isEqualTo(ApiDescription.Kind.SWAGGER_2_0);
        ApiOperation op = d.operations().get(0);
        assertThat(op.response("201").orElseThrow().declaresHeader("location")).isTrue();
        DeclaredResponse nf = op.response("404").orElseThrow();
        assertThat(nf.definition().toString()).isEqualTo("/responses/NotFound");
        assertThat(nf.mediaTypes()).containsExactly("application/json");
        assertThat(d.tree().position(nf.definition())).isEqualTo(new Position(17, 3));
        assertThat(op.servers()).anyMatch(s -> s.contains("api.example.com/v1"));
    }

    @Test
    void yamlAnchorsAliasesAndMergeKeys() throws Exception {
        String yaml = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses: &rs
                        '200': &ok {description: ok}
                        '401':
                          <<: *ok
                          description: who
                  /b:
                    get:
                      responses: *rs
                """;
        ApiDescription d = ApiDescription.read("a.yaml", yaml);
        assertThat(d.operations()).hasSize(2);
        assertThat(d.operations().get(1).responses()).extracting(r -> r.key().text()).containsExactly("200", "401");
        assertThat(d.tree().node(Pointer.parse("/paths/~1a/get/responses/401/description")).orElseThrow().asText()).isEqualTo("who");
    }

    @Test
    void pointersEscapeAndUnescape() {
        Pointer p = Pointer.root().child("paths").child("/a~b/{id}").child("get");
        assertThat(p.toString()).isEqualTo("/paths/~1a~0b~1{id}/get");
        assertThat(Pointer.parse(p.toString())).isEqualTo(p);
        assertThat(Pointer.parse("#/paths/~1a%7Bx%7D").segments()).containsExactly("paths", "/a{x}");
    }

    // ------------------------------------------------------------------ the reader against Jackson's own

    @Property(tries = 200)
    void readsAnyJsonOrYamlTreeAsJacksonDoes(@ForAll("documents") JsonNode doc) throws Exception {
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        assertThat(TreeReader.read("p.json", json).root()).isEqualTo(new ObjectMapper().readTree(json));
        String yaml = new YAMLMapper().writeValueAsString(doc);
        assertThat(TreeReader.read("p.yaml", yaml).root()).isEqualTo(new YAMLMapper().readTree(yaml));
    }

    @Property(tries = 200)
    void truncatedJsonIsALocatedErrorNeverAnException(@ForAll("documents") JsonNode doc, @ForAll double cut) throws Exception {
        String json = new ObjectMapper().writeValueAsString(doc);
        String part = json.substring(0, (int) (Math.abs(cut) % 1.0 * (json.length() - 1)));
        try {
            TreeReader.read("t.json", part);
        } catch (BadDescriptionException e) {
            assertThat(e.getMessage()).startsWith("t.json");
        }
    }

    @Provide
    Arbitrary<JsonNode> documents() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        Arbitrary<Object> scalars = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.of(true, false).map(b -> (Object) b));
        return Arbitraries.maps(keys, Arbitraries.oneOf(scalars,
                        Arbitraries.maps(keys, scalars).ofMaxSize(4).map(m -> (Object) m),
                        scalars.list().ofMaxSize(3).map(l -> (Object) l)))
                .ofMinSize(1).ofMaxSize(6)
                .map(m -> new ObjectMapper().valueToTree(m));
    }

    @Test
    void textThatIsNotUtf8IsBadInput() {
        byte[] latin1 = "openapi: 3.0.0\ninfo: {title: caf\u00e9}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TreeReader.read("l.yaml", latin1)).isInstanceOf(BadDescriptionException.class)
                .hasMessageContaining("l.yaml");
        byte[] json = "{\"openapi\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TreeReader.read("l.json", json)).isInstanceOf(BadDescriptionException.class)
                .hasMessageStartingWith("l.json (line 1, column ");
        byte[] bom = "\uFEFF{\"openapi\": \"3.0.0\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatCode(() -> TreeReader.read("b.json", bom)).doesNotThrowAnyException();
    }

    @Test
    void aFileThatDoesNotExistIsBadInput() {
        assertThatThrownBy(() -> ApiDescription.read(Path.of("no/such/api.yaml")))
                .isInstanceOf(BadDescriptionException.class).hasMessage("no/such/api.yaml: no such file");
    }

    // ------------------------------------------------------------------ files are streamed, not read whole

    /**
     * A file is parsed as it is read, after a look at its first 8 KB; whatever precedes the text
     * (a byte-order mark, more blank lines than that look takes in) and wherever it breaks, the tree
     * and the errors are those of the same bytes read at once.
     */
    @Property(tries = 60)
    void aStreamedFileReadsAsItsBytesDo(@ForAll("documents") JsonNode doc, @ForAll boolean yaml, @ForAll boolean bom,
            @ForAll("blankLines") int blank, @ForAll("padding") int padding, @ForAll double cut) throws Exception {
        ObjectNode padded = ((ObjectNode) doc.deepCopy()).put("zz-padding", "x".repeat(padding));
        String text = "\n".repeat(blank) + (yaml ? new YAMLMapper().writeValueAsString(padded)
                : new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(padded));
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int length : new int[] {body.length, (int) (Math.abs(cut) % 1.0 * body.length)}) {
            byte[] bytes = new byte[(bom ? 3 : 0) + length];
            if (bom) {
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
            }
            System.arraycopy(body, 0, bytes, bom ? 3 : 0, length);
            Path file = Files.createTempFile("stream", yaml ? ".yaml" : ".json");
            try {
                Files.write(file, bytes);
                Object fromBytes = outcome(() -> TreeReader.read(file.toString(), bytes));
                Object fromFile = outcome(() -> TreeReader.read(file));
                assertThat(fromFile).isEqualTo(fromBytes);
            } finally {
                Files.delete(file);
            }
        }
    }

    private interface Read {
        SourceTree get() throws BadDescriptionException;
    }

    /** The tree read, or the message of the located error. */
    private static Object outcome(Read r) {
        try {
            return r.get().root();
        } catch (BadDescriptionException e) {
            return e.getMessage();
        }
    }

    @Provide
    Arbitrary<Integer> blankLines() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(8000, 9000));
    }

    @Provide
    Arbitrary<Integer> padding() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(8100, 30000));
    }

    // ------------------------------------------------------------------ work alongside the parse

    @Test
    void workAlongsideTheParseRunsBeforeTheDescriptionIsReturnedAndItsFailureIsReported(@TempDir Path dir)
            throws Exception {
        Path api = dir.resolve("api.json");
        Files.writeString(api, Doc.oas30().op("get", "/a").response("200").text());
        Thread caller = Thread.currentThread();
        java.util.concurrent.atomic.AtomicReference<Thread> ranOn = new java.util.concurrent.atomic.AtomicReference<>();
        ApiDescription d = ApiDescription.read(api, () -> ranOn.set(Thread.currentThread()));
        assertThat(d.operations()).hasSize(1);
        assertThat(ranOn.get()).isNotNull().isNotSameAs(caller);
        assertThat(ranOn.get().isAlive()).isFalse();
        assertThatThrownBy(() -> ApiDescription.read(api, () -> {
            throw new IllegalStateException("rules broken");
        })).isInstanceOf(IllegalStateException.class).hasMessage("rules broken");
        assertThatThrownBy(() -> ApiDescription.read(dir.resolve("none.json"), () -> { }))
                .isInstanceOf(BadDescriptionException.class).hasMessageEndingWith("none.json: no such file");
    }
}
