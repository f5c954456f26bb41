package dev.httpstatus.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.Method;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An API description read for linting and for holding traffic against: OpenAPI 3.0 or 3.1, or
 * Swagger 2.0 converted to OpenAPI 3 by swagger-parser, with its operations, their responses
 * ({@code $ref}s followed) and where each was written.
 *
 * <pre>{@code
 * ApiDescription d = ApiDescription.read(Path.of("api.yaml"));
 * d.version();            // "3.0.3"
 * d.operations().size();  // 54
 * d.tree().position(d.operations().get(0).pointer());   // line 31, column 3
 * }</pre>
 *
 * <p>Reading fails with a located {@link BadDescriptionException} for malformed JSON or YAML, a
 * document that is not OpenAPI or Swagger 2.0, and {@code $ref}s that lead nowhere.
 * Immutable once read.
 */
public final class ApiDescription {

    /** Which specification the document follows. */
    public enum Kind {
        SWAGGER_2_0("Swagger 2.0"),
        OPENAPI_3_0("OpenAPI 3.0"),
        OPENAPI_3_1("OpenAPI 3.1");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** "OpenAPI 3.1". */
        public String label() {
            return label;
        }
    }

    private static final int MAX_REF_HOPS = 32;

    private final SourceTree tree;
    private final Kind kind;
    private final String version;
    private final OpenAPI model;
    private final List<ApiOperation> operations;
    private final List<ApiOperation> outgoing;
    private final List<String> notes;

    private ApiDescription(SourceTree tree, Kind kind, String version, OpenAPI model, List<ApiOperation> operations,
            List<ApiOperation> outgoing, List<String> notes) {
        this.tree = tree;
        this.kind = kind;
        this.version = version;
        this.model = model;
        this.operations = List.copyOf(operations);
        this.outgoing = List.copyOf(outgoing);
        this.notes = List.copyOf(notes);
    }

    /** Reads a description file; {@code $ref}s to files are looked for beside it. */
    public static ApiDescription read(Path file) throws BadDescriptionException {
        return read(file, () -> { });
    }

    /**
     * Reads a description file as {@link #read(Path)} does, and runs {@code alongside} on another
     * thread while the text is parsed, waiting for it before going on. Parsing a large description
     * keeps one core busy for most of a cold run; a caller's own start-up work (the linter's rules
     * and the catalog, for {@code LintRun}) then overlaps it instead of following it. What follows
     * the parse (swagger-parser's deserializer, the catalog's tables) is loaded on that thread too.
     *
     * <pre>{@code ApiDescription d = ApiDescription.read(Path.of("api.json"), LintRules::all);}</pre>
     *
     * <p>An exception {@code alongside} throws is thrown from here once the file has been read.
     */
    public static ApiDescription read(Path file, Runnable alongside) throws BadDescriptionException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(alongside, "alongside");
        // Two threads that initialize classes referring to each other can deadlock. So what both
        // use (the parser's factory, the node types) is initialized here, before the other thread
        // starts; while it runs, this thread only parses; and it is waited for before this thread
        // goes on to what it prepared.
        TreeReader.prepare();
        Throwable[] failed = new Throwable[1];
        Thread prepare = new Thread(() -> {
            try {
                warmUp();
            } catch (BadDescriptionException | RuntimeException e) {
                // only a head start is lost: reading the real description meets the same on the calling thread
            }
            try {
                alongside.run();
            } catch (Throwable t) {
                failed[0] = t;
            }
        }, "httpstatus-openapi-prepare");
        prepare.setDaemon(true);
        prepare.start();
        SourceTree tree;
        try {
            tree = TreeReader.read(file);
        } finally {
            join(prepare);
        }
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        } else if (failed[0] instanceof Error e) {
            throw e;
        }
        Path abs = file.toAbsolutePath();
        return of(tree, abs.getParent(), abs.toString());
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads a small description built in memory (no parser involved), which loads and initializes
     * everything {@link #of} uses after the parse: the {@code $ref} check, swagger-parser's
     * deserializer and model, and the catalog's methods and codes. (Getting Swagger 2.0's reader
     * and converter ready the same way was tried: on two cores it only competed with the parse.)
     */
    private static void warmUp() throws BadDescriptionException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("openapi", "3.0.3");
        root.putObject("info").put("title", "warm-up").put("version", "1");
        ObjectNode op = root.putObject("paths").putObject("/items/{id}").putObject("get");
        op.putArray("parameters").addObject().put("name", "If-None-Match").put("in", "header");
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", "ok").putObject("headers").putObject("ETag")
                .putObject("schema").put("type", "string");
        responses.putObject("404").put("$ref", "#/components/responses/NotFound");
        ObjectNode components = root.putObject("components");
        components.putObject("responses").putObject("NotFound").put("description", "none")
                .putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
        components.putObject("schemas").putObject("Problem").put("type", "object").putObject("properties")
                .putObject("status").put("type", "integer");
        of(new SourceTree("warm-up", root, new java.util.IdentityHashMap<>(), SourceTree.Format.JSON), null, null);
    }

    /** Reads a description given as text; {@code $ref}s to other files are not followed. */
    public static ApiDescription read(String name, String text) throws BadDescriptionException {
        return of(TreeReader.read(name, text), null, null);
    }

    private static ApiDescription of(SourceTree tree, Path baseDir, String location) throws BadDescriptionException {
        JsonNode root = tree.root();
        Kind kind;
        String version;
        JsonNode oas = root.get("openapi");
        JsonNode swagger = root.get("swagger");
        Position top = new Position(1, 1);
        if (oas != null) {
            version = oas.asText();
            if (!oas.isTextual()) {
                throw new BadDescriptionException(tree.file(), top, "\"openapi\" must be a string such as \"3.1.0\", found " + oas);
            }
            if (version.startsWith("3.0")) {
                kind = Kind.OPENAPI_3_0;
            } else if (version.startsWith("3.1")) {
                kind = Kind.OPENAPI_3_1;
            } else {
                throw new BadDescriptionException(tree.file(), top, "OpenAPI " + version
                        + " is not supported: 3.0, 3.1 and Swagger 2.0 are");
            }
        } else if (swagger != null) {
            version = swagger.asText();
            if (!version.equals("2.0")) {
                throw new BadDescriptionException(tree.file(), top, "Swagger " + version
                        + " is not supported: 3.0, 3.1 and Swagger 2.0 are");
            }
            kind = Kind.SWAGGER_2_0;
        } else {
            throw new BadDescriptionException(tree.file(), top,
                    "no \"openapi\" or \"swagger\" member at the top level: this is not an OpenAPI description");
        }
        RefCheck.Result refs = RefCheck.run(tree, baseDir);
        if (!refs.problems().isEmpty()) {
            throw new BadDescriptionException(refs.problems());
        }
        List<String> notes = new ArrayList<>();
        for (String r : new java.util.LinkedHashSet<>(refs.remote())) {
            notes.add("$ref \"" + r + "\" not followed: remote references are not fetched");
        }
        SwaggerInput.Result input = SwaggerInput.of(tree, kind);
        notes.addAll(input.notes());
        OpenAPI model = SwaggerModels.parse(tree, kind, refs.localFiles() && refs.remote().isEmpty() ? location : null,
                input.tree());
        Builder b = new Builder(tree, model, notes);
        List<ApiOperation> ops = b.operations();
        return new ApiDescription(tree, kind, version, model, ops, b.outgoing(), notes);
    }

    /** The document with positions. */
    public SourceTree tree() {
        return tree;
    }

    /** The file name as given. */
    public String file() {
        return tree.file();
    }

    /** Swagger 2.0, OpenAPI 3.0 or 3.1. */
    public Kind kind() {
        return kind;
    }

    /** The version as written: "3.0.3", "3.1.0", "2.0". */
    public String version() {
        return version;
    }

    /**
     * Swagger-parser's model (OpenAPI 3; a Swagger 2.0 document converted) of what the rules read:
     * operations with their parameters' names and places, responses with their header names and
     * media types, schemas as far as they tell a problem-details shape ({@code $ref}, {@code type},
     * {@code properties}, {@code allOf}, {@code oneOf}, {@code anyOf}), only the component schemas
     * problem details refer to, and server URLs. No examples, request bodies or {@code x-}
     * extensions: reading them was most of a large description's time. {@link #tree()} holds the
     * whole document; a description that refers to other files is modelled whole.
     */
    public OpenAPI model() {
        return model;
    }

    /** Every operation under {@code paths}, in document order. */
    public List<ApiOperation> operations() {
        return operations;
    }

    /**
     * The requests the API itself sends: OpenAPI 3.1 webhooks, then the operations' callbacks.
     * Their responses are what the receiving servers answer; they are linted like the others, and
     * traffic is never matched against them.
     */
    public List<ApiOperation> outgoing() {
        return outgoing;
    }

    /**
     * What was not read, and why: remote references, path items in other documents, parts whose type
     * is not the one the specification gives them (each located).
     */
    public List<String> notes() {
        return notes;
    }

    /** Follows a schema's {@code $ref}s within the components; empty when one leads out of the document. */
    public Optional<Schema<?>> resolve(Schema<?> schema) {
        Schema<?> s = schema;
        for (int i = 0; s != null && s.get$ref() != null; i++) {
            if (i == MAX_REF_HOPS) {
                return Optional.empty();
            }
            s = component(s.get$ref(), "schemas", model.getComponents() == null ? null
                    : model.getComponents().getSchemas());
        }
        return Optional.ofNullable(s);
    }

    /** The component a local reference "#/components/KIND/NAME" (or Swagger 2.0's "#/KIND/NAME") names. */
    static <T> T component(String ref, String kind, Map<String, T> in) {
        if (in == null || ref == null || !ref.startsWith("#/")) {
            return null;
        }
        String prefix3 = "#/components/" + kind + "/";
        String name;
        if (ref.startsWith(prefix3)) {
            name = ref.substring(prefix3.length());
        } else {
            int slash = ref.lastIndexOf('/');
            name = ref.substring(slash + 1);
        }
        Pointer p = Pointer.parse("/" + name);
        return in.get(p.last());
    }

    /** Walks the paths of the tree and the model side by side. */
    private static final class Builder {
        private final SourceTree tree;
        private final OpenAPI model;
        private final Components components;
        private final List<String> notes;

        Builder(SourceTree tree, OpenAPI model, List<String> notes) {
            this.tree = tree;
            this.model = model;
            this.components = model.getComponents();
            this.notes = notes;
        }

        List<ApiOperation> operations() {
            List<ApiOperation> ops = new ArrayList<>();
            if (model.getPaths() == null) {
                return ops;
            }
            Pointer paths = Pointer.root().child("paths");
            for (Map.Entry<String, PathItem> e : model.getPaths().entrySet()) {
                String path = e.getKey();
                PathItem item = e.getValue();
                Pointer itemAt = follow(paths.child(path));
                if (item.get$ref() != null) {
                    PathItem target = component(item.get$ref(), "pathItems",
                            components == null ? null : components.getPathItems());
                    if (target == null) {
                        notes.add(path + ": path item \"" + item.get$ref() + "\" not read: it lies in another document");
                        continue;
                    }
                    item = target;
                }
                for (Map.Entry<PathItem.HttpMethod, Operation> m : item.readOperationsMap().entrySet()) {
                    String key = m.getKey().name().toLowerCase(Locale.ROOT);
                    ApiOperation op = operation(Method.of(m.getKey().name()), path, itemAt.child(key), item, m.getValue(),
                            ApiOperation.Origin.PATH, "");
                    ops.add(op);
                    callbacks(m.getValue(), op);
                }
            }
            return ops;
        }

        /** Webhooks, then the callbacks of the operations in their order; after {@link #operations()}. */
        List<ApiOperation> outgoing() {
            List<ApiOperation> webhooks = new ArrayList<>();
            if (model.getWebhooks() != null) {
                Pointer at = Pointer.root().child("webhooks");
                for (Map.Entry<String, PathItem> e : model.getWebhooks().entrySet()) {
                    PathItem item = resolved(e.getValue(), "webhook " + e.getKey());
                    if (item != null) {
                        addAll(webhooks, item, follow(at.child(e.getKey())), e.getKey(), ApiOperation.Origin.WEBHOOK, "");
                    }
                }
            }
            webhooks.addAll(callbacks);
            return webhooks;
        }

        private final List<ApiOperation> callbacks = new ArrayList<>();

        private void callbacks(Operation op, ApiOperation owner) {
            if (op.getCallbacks() == null) {
                return;
            }
            for (Map.Entry<String, io.swagger.v3.oas.models.callbacks.Callback> c : op.getCallbacks().entrySet()) {
                io.swagger.v3.oas.models.callbacks.Callback callback = c.getValue();
                Pointer at = follow(owner.pointer().child("callbacks").child(c.getKey()));
                if (callback != null && callback.get$ref() != null) {
                    callback = component(callback.get$ref(), "callbacks", components == null ? null : components.getCallbacks());
                    if (callback == null) {
                        notes.add(owner.label() + ": callback \"" + c.getKey() + "\" not read: it lies in another document");
                        continue;
                    }
                }
                if (callback == null) {
                    continue;
                }
                for (Map.Entry<String, PathItem> e : callback.entrySet()) {
                    PathItem item = resolved(e.getValue(), "callback " + c.getKey());
                    if (item != null) {
                        addAll(callbacks, item, follow(at.child(e.getKey())), e.getKey(), ApiOperation.Origin.CALLBACK,
                                c.getKey() + " of " + owner.label());
                    }
                }
            }
        }

        /** The path item itself, or the component its {@code $ref} names; null (with a note) when that lies elsewhere. */
        private PathItem resolved(PathItem item, String what) {
            if (item == null || item.get$ref() == null) {
                return item;
            }
            PathItem target = component(item.get$ref(), "pathItems", components == null ? null : components.getPathItems());
            if (target == null) {
                notes.add(what + ": path item \"" + item.get$ref() + "\" not read: it lies in another document");
            }
            return target;
        }

        private void addAll(List<ApiOperation> into, PathItem item, Pointer itemAt, String path, ApiOperation.Origin origin,
                String owner) {
            for (Map.Entry<PathItem.HttpMethod, Operation> m : item.readOperationsMap().entrySet()) {
                String key = m.getKey().name().toLowerCase(Locale.ROOT);
                into.add(operation(Method.of(m.getKey().name()), path, itemAt.child(key), item, m.getValue(), origin, owner));
            }
        }

        private ApiOperation operation(Method method, String path, Pointer at, PathItem item, Operation op,
                ApiOperation.Origin origin, String owner) {
            List<DeclaredResponse> responses = new ArrayList<>();
            if (op.getResponses() != null) {
                Pointer base = at.child("responses");
                for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
                    responses.add(response(base.child(r.getKey()), r.getKey(), r.getValue()));
                }
            }
            Set<String> headers = new HashSet<>();
            addHeaders(headers, item.getParameters());
            addHeaders(headers, op.getParameters());
            List<String> servers = servers(op.getServers());
            if (servers.isEmpty()) {
                servers = servers(item.getServers());
            }
            if (servers.isEmpty() && origin == ApiOperation.Origin.PATH) {
                servers = servers(model.getServers()); // the API's servers do not receive its webhooks
            }
            return new ApiOperation(method, path, at, responses, headers, servers, origin, owner);
        }

        private static List<String> servers(List<Server> list) {
            List<String> out = new ArrayList<>();
            if (list != null) {
                for (Server s : list) {
                    if (s != null && s.getUrl() != null) {
                        out.add(s.getUrl());
                    }
                }
            }
            return out;
        }

        private void addHeaders(Set<String> into, List<Parameter> params) {
            if (params == null) {
                return;
            }
            for (Parameter p : params) {
                Parameter q = p;
                for (int i = 0; q != null && q.get$ref() != null && i < MAX_REF_HOPS; i++) {
                    q = component(q.get$ref(), "parameters", components == null ? null : components.getParameters());
                }
                if (q != null && "header".equals(q.getIn()) && q.getName() != null) {
                    into.add(q.getName().toLowerCase(Locale.ROOT));
                }
            }
        }

        private DeclaredResponse response(Pointer entry, String key, ApiResponse declared) {
            ApiResponse r = declared;
            for (int i = 0; r != null && r.get$ref() != null; i++) {
                r = i == MAX_REF_HOPS ? null
                        : component(r.get$ref(), "responses", components == null ? null : components.getResponses());
            }
            Pointer definition = follow(entry);
            if (r == null) {
                return new DeclaredResponse(ResponseKey.parse(key), entry, definition, false, Set.of(), Map.of());
            }
            Set<String> headers = new HashSet<>();
            if (r.getHeaders() != null) {
                for (String h : r.getHeaders().keySet()) {
                    String lower = h.toLowerCase(Locale.ROOT);
                    if (!lower.equals("content-type")) { // OpenAPI ignores a Content-Type header entry
                        headers.add(lower);
                    }
                }
            }
            Map<String, Optional<Schema<?>>> content = new LinkedHashMap<>();
            if (r.getContent() != null) {
                for (Map.Entry<String, MediaType> c : r.getContent().entrySet()) {
                    Schema<?> s = c.getValue() == null ? null : c.getValue().getSchema();
                    content.put(c.getKey(), Optional.ofNullable(s));
                }
            }
            return new DeclaredResponse(ResponseKey.parse(key), entry, definition, true, headers,
                    Collections.unmodifiableMap(content));
        }

        /** Where the local {@code $ref}s starting at {@code p} lead, in the tree. */
        private Pointer follow(Pointer p) {
            Pointer at = p;
            for (int i = 0; i < MAX_REF_HOPS; i++) {
                Optional<JsonNode> n = tree.node(at);
                if (n.isEmpty() || !n.get().isObject()) {
                    return at;
                }
                JsonNode ref = n.get().get("$ref");
                if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#/")) {
                    return at;
                }
                at = Pointer.parse(ref.asText());
            }
            return at;
        }
    }
}
