package dev.httpstatus.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A description's document as a tree, with the line and column where each object and array was
 * written (where its member name stands, or where it starts when it has none) and where each
 * {@code $ref} value stands. Swagger-parser's model drops positions; this tree keeps them, and a
 * {@link Pointer} leads from one to the other.
 *
 * <pre>{@code
 * SourceTree t = TreeReader.read(Path.of("api.yaml"));
 * t.position(Pointer.parse("/paths/~1pets/get/responses/404"));   // line 31, column 9
 * t.node(Pointer.parse("/components/responses/NotFound"));       // Optional[{…}]
 * }</pre>
 *
 * <p>Immutable once read.
 */
public final class SourceTree {

    private final String file;
    private final JsonNode root;
    private final Map<JsonNode, Position> positions;
    private final Format format;

    /** How the document was written. */
    public enum Format {
        JSON,
        YAML
    }

    SourceTree(String file, JsonNode root, IdentityHashMap<JsonNode, Position> positions, Format format) {
        this.file = Objects.requireNonNull(file, "file");
        this.root = Objects.requireNonNull(root, "root");
        this.positions = positions;
        this.format = format;
    }

    /** The file name as given. */
    public String file() {
        return file;
    }

    /** The whole document. */
    public JsonNode root() {
        return root;
    }

    /** JSON or YAML. */
    public Format format() {
        return format;
    }

    /** The node at {@code p}, if there is one. */
    public Optional<JsonNode> node(Pointer p) {
        JsonNode n = root;
        for (String s : p.segments()) {
            n = step(n, s);
            if (n == null) {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    private static JsonNode step(JsonNode n, String segment) {
        if (n.isObject()) {
            return n.get(segment);
        }
        if (n.isArray() && !segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && segment.length() < 10) {
            return n.get(Integer.parseInt(segment));
        }
        return null;
    }

    /**
     * Where the value at {@code p} was written; when it is a scalar or missing, the position of its
     * nearest object or array ancestor. Line 1, column 1 when nothing better is known.
     */
    public Position position(Pointer p) {
        Position best = positions.getOrDefault(root, new Position(1, 1));
        JsonNode n = root;
        for (String s : p.segments()) {
            n = step(n, s);
            if (n == null) {
                break;
            }
            Position at = positions.get(n);
            if (at != null) {
                best = at;
            }
        }
        return best;
    }

    /** Where {@code node} was written, if it is an object, an array or a {@code $ref} value of this tree. */
    public Optional<Position> position(JsonNode node) {
        return Optional.ofNullable(positions.get(node));
    }
}
