package dev.httpstatus.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a JSON or YAML document into a {@link SourceTree} in one streaming pass, noting where each
 * object, array and {@code $ref} stands. YAML anchors and aliases are resolved (an alias shares the
 * anchored node), as are {@code <<} merge keys; the text decides the format (a document starting
 * with '{' or '[' is JSON), not the file name.
 *
 * <pre>{@code
 * SourceTree t = TreeReader.read(Path.of("api.yaml"));
 * SourceTree u = TreeReader.read("inline.json", "{\"openapi\": \"3.1.0\"}");
 * }</pre>
 *
 * <p>Malformed text gives a {@link BadDescriptionException} naming the line and column.
 */
public final class TreeReader {

    /** Larger documents are refused: the whole tree is held in memory. */
    public static final long MAX_BYTES = 256L << 20;

    /** Objects and arrays nested deeper than this get no position of their own (see {@link SourceTree#position}). */
    static final int POSITION_DEPTH = 6;

    /** Aliases to collections a document may use; each may stand for a large subtree. */
    static final int MAX_ALIASES = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory JSON = JsonFactory.builder()
            // the length bounds what a file that tells no size (a pipe) can make the tree hold
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).maxDocumentLength(MAX_BYTES).build())
            .build();

    private TreeReader() {}

    /** Made on first use: a JSON description never pays for SnakeYAML's set-up. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = yamlFactory();
    }

    /**
     * Loads and initializes what every read uses before it meets the text (the factory, the node
     * types); {@link ApiDescription#read(Path, Runnable)} calls it before starting its other thread.
     */
    static void prepare() {
        NODES.objectNode().set("a", NODES.arrayNode().add(NODES.textNode("b")).add(NODES.numberNode(1))
                .add(NODES.numberNode(1L)).add(NODES.numberNode(1.5)).add(NODES.booleanNode(true)).add(NODES.nullNode()));
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit((int) MAX_BYTES); // SnakeYAML's default stops at 3 MB
        o.setNestingDepthLimit(1000);
        o.setAllowDuplicateKeys(true);        // detected here, with their position
        return YAMLFactory.builder().loaderOptions(o)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build())
                .build();
    }

    /** Reads a file. */
    public static SourceTree read(Path file) throws BadDescriptionException {
        String name = file.toString();
        // Streamed rather than read whole: every fresh page of memory costs a fault, and a 10 MB
        // description read into one array (plus the JDK's copy buffer) took 50-100 ms of a cold
        // lint on a 2-core VM, where the parser's own 8 KB buffer takes a few.
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadDescriptionException(name, null, "the file has " + size + " bytes; at most "
                        + MAX_BYTES + " are read");
            }
            byte[] head = new byte[HEAD];
            int n = in.readNBytes(head, 0, HEAD);
            if (n == HEAD && firstText(head, n, bomLength(head, n)) == n) {
                // only white space so far: rare enough to read the rest at once
                byte[] rest = in.readAllBytes();
                byte[] all = java.util.Arrays.copyOf(head, n + rest.length);
                System.arraycopy(rest, 0, all, n, rest.length);
                return read(name, all);
            }
            return parse(name, head, n, n < HEAD ? null : in);
        } catch (BadDescriptionException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new BadDescriptionException(name, null, "no such file");
        } catch (IOException e) {
            throw new BadDescriptionException(name, null, Files.isDirectory(file) ? "is a directory, not a file"
                    : "cannot read: " + e.getMessage());
        }
    }

    /** Reads a document given as text; {@code file} names it in positions and errors. */
    public static SourceTree read(String file, String text) throws BadDescriptionException {
        return read(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a document given as UTF-8 bytes (a byte-order mark is skipped); parsing bytes is faster
     * than parsing a decoded string, and the parser reports malformed UTF-8 with its place.
     */
    public static SourceTree read(String file, byte[] bytes) throws BadDescriptionException {
        return parse(file, bytes, bytes.length, null);
    }

    /** How much of a file is looked at to tell JSON from YAML before the parser takes over. */
    private static final int HEAD = 8192;

    private static int bomLength(byte[] b, int n) {
        return n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** The index of the first byte from {@code from} that is not white space, or {@code n}. */
    private static int firstText(byte[] b, int n, int from) {
        int i = from;
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
            i++;
        }
        return i;
    }

    /**
     * Parses {@code head[0..length)} followed by what {@code rest} still holds (null: nothing). The
     * head holds the first non-blank byte, which tells the format.
     */
    private static SourceTree parse(String file, byte[] head, int length, InputStream rest) throws BadDescriptionException {
        int start = bomLength(head, length);
        int first = firstText(head, length, start);
        if (first == length) {
            throw new BadDescriptionException(file, null, "the file is empty");
        }
        SourceTree.Format format = head[first] == '{' || head[first] == '[' ? SourceTree.Format.JSON : SourceTree.Format.YAML;
        InputStream text = new ByteArrayInputStream(head, start, length - start);
        if (rest != null) {
            text = new SequenceInputStream(text, rest);
        }
        try (JsonParser p = format == SourceTree.Format.JSON
                ? (rest == null ? JSON.createParser(head, start, length - start) : JSON.createParser(text))
                : Yaml.FACTORY.createParser(new InputStreamReader(text,
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            return new Build(file, p, format).run();
        } catch (BadDescriptionException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new BadDescriptionException(file, null, "not UTF-8 text (JSON and YAML descriptions are UTF-8)");
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new BadDescriptionException(file, position(l), (format == SourceTree.Format.JSON ? "malformed JSON: "
                    : "malformed YAML: ") + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new BadDescriptionException(file, null, "not UTF-8 text (JSON and YAML descriptions are UTF-8)");
            }
            throw new BadDescriptionException(file, null, "cannot read: " + e.getMessage());
        }
    }

    static Position position(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return null;
        }
        return new Position(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first.strip();
    }

    /** One pass over the tokens, with an explicit stack so that deep documents need no deep recursion. */
    private static final class Build {
        private final String file;
        private final JsonParser p;
        private final SourceTree.Format format;
        private final YAMLParser yaml;
        private final IdentityHashMap<JsonNode, Position> positions = new IdentityHashMap<>();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private int aliases;

        Build(String file, JsonParser p, SourceTree.Format format) {
            this.file = file;
            this.p = p;
            this.format = format;
            this.yaml = p instanceof YAMLParser y ? y : null;
        }

        /** An open container and the member name under which its next value goes. */
        private static final class Frame {
            final JsonNode node;
            String name;
            Position namePos;
            /** Members that came from a {@code <<} merge key: the mapping's own keys override them. */
            java.util.Set<String> merged;

            Frame(JsonNode node) {
                this.node = node;
            }
        }

        SourceTree run() throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new BadDescriptionException(file, null, "the file holds no document");
            }
            ArrayDeque<Frame> stack = new ArrayDeque<>();
            JsonNode root = null;
            while (t != null) {
                Frame top = stack.peek();
                if (t == JsonToken.FIELD_NAME) {
                    top.name = p.currentName();
                    top.namePos = stack.size() < POSITION_DEPTH || "$ref".equals(top.name)
                            ? position(p.currentTokenLocation()) : null;
                    t = p.nextToken();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    Frame done = stack.pop();
                    if (stack.isEmpty()) {
                        root = done.node;
                        break;
                    }
                    t = p.nextToken();
                    continue;
                }
                Position at = top != null && top.namePos != null ? top.namePos
                        : stack.size() < POSITION_DEPTH ? position(p.currentTokenLocation()) : null;
                String anchor = anchor();
                JsonNode value;
                boolean container = false;
                if (t == JsonToken.START_OBJECT) {
                    value = NODES.objectNode();
                    container = true;
                } else if (t == JsonToken.START_ARRAY) {
                    value = NODES.arrayNode();
                    container = true;
                } else if (yaml != null && yaml.isCurrentAlias()) {
                    value = anchors.get(p.getText());
                    if (value == null) {
                        throw new BadDescriptionException(file, position(p.currentTokenLocation()),
                                "malformed YAML: alias *" + p.getText() + " names no anchor defined before it");
                    }
                    if (value.isContainerNode() && ++aliases > MAX_ALIASES) {
                        throw new BadDescriptionException(file, position(p.currentTokenLocation()),
                                "more than " + MAX_ALIASES + " YAML aliases to collections; refused");
                    }
                } else {
                    value = scalar(t, top);
                }
                // Positions of the objects findings point at (operations and responses lie at depth 5
                // or less, components at 3) and of every $ref; deeper places take their ancestor's.
                if (at != null && ((container && stack.size() < POSITION_DEPTH)
                        || (top != null && "$ref".equals(top.name) && value.isTextual()))) {
                    positions.put(value, at);
                }
                if (anchor != null) {
                    anchors.put(anchor, value);
                }
                if (top == null) {
                    if (!container) {
                        root = value;
                        break;
                    }
                } else {
                    add(top, value);
                }
                if (container) {
                    stack.push(new Frame(value));
                }
                t = p.nextToken();
            }
            if (root == null || !root.isObject()) {
                throw new BadDescriptionException(file, new Position(1, 1),
                        "the document is " + (root == null ? "empty" : "a " + kind(root)) + ", not an object");
            }
            if (format == SourceTree.Format.JSON && p.nextToken() != null) {
                throw new BadDescriptionException(file, position(p.currentTokenLocation()),
                        "malformed JSON: more text after the end of the document");
            }
            return new SourceTree(file, root, positions, format);
        }

        private String anchor() throws IOException {
            return yaml == null ? null : yaml.getCurrentAnchor();
        }

        private JsonNode scalar(JsonToken t, Frame top) throws IOException {
            return switch (t) {
                // A new node every time: $ref values are told apart by identity.
                case VALUE_STRING -> top != null && "$ref".equals(top.name) ? new TextNode(p.getText()) : NODES.textNode(p.getText());
                case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                case VALUE_EMBEDDED_OBJECT -> NODES.textNode(p.getText());
                default -> throw new BadDescriptionException(file, position(p.currentTokenLocation()),
                        "unexpected " + t);
            };
        }

        private void add(Frame top, JsonNode value) throws BadDescriptionException {
            if (top.node instanceof ArrayNode a) {
                a.add(value);
                return;
            }
            ObjectNode o = (ObjectNode) top.node;
            String name = top.name;
            if (yaml != null && "<<".equals(name)) {
                merge(top, o, value, where(top));
            } else {
                if (top.merged != null && top.merged.remove(name)) {
                    o.remove(name);
                }
                if (o.has(name)) {
                    throw new BadDescriptionException(file, where(top), "the member \"" + name
                            + "\" appears twice in one object; which one counts is undefined");
                }
                o.set(name, value);
            }
            top.name = null;
            top.namePos = null;
        }

        /** Where the current member's name stands, or its value when the name's place was not kept. */
        private Position where(Frame top) {
            return top.namePos != null ? top.namePos : position(p.currentTokenLocation());
        }

        /** YAML merge keys: the merged mappings' members, where the mapping does not set them itself. */
        private void merge(Frame frame, ObjectNode into, JsonNode value, Position at) throws BadDescriptionException {
            if (value.isArray()) {
                for (JsonNode v : value) {
                    merge(frame, into, v, at);
                }
                return;
            }
            if (!value.isObject()) {
                throw new BadDescriptionException(file, at, "malformed YAML: a << merge key needs a mapping");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!into.has(e.getKey())) {
                    into.set(e.getKey(), e.getValue());
                    if (frame.merged == null) {
                        frame.merged = new java.util.HashSet<>();
                    }
                    frame.merged.add(e.getKey());
                }
            }
        }

        private static String kind(JsonNode n) {
            return n.isArray() ? "list" : n.isTextual() ? "string" : n.isNumber() ? "number" : "scalar";
        }
    }
}
