package dev.httpstatus.check.ci;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's {@code .httpstatus.json}: which rules each command leaves out, everywhere or at some
 * hosts and paths. One section per command ({@code "check"}, {@code "lint"}); each command reads its
 * own and checks the others only for being objects, so one file serves both.
 *
 * <pre>{@code
 * {
 *   "check": {
 *     "disable": ["error-without-explanation"],
 *     "suppress": [
 *       {"rule": "201-without-location", "host": "api.example.com", "path": "/legacy/**",
 *        "reason": "v1 clients ignore Location; v1 ends in 2027"},
 *       {"rule": "*", "host": "*.analytics.example", "reason": "a third party's servers"}
 *     ]
 *   }
 * }
 * }</pre>
 *
 * <pre>{@code
 * Optional<Path> file = ConfigFile.find(Path.of(""));      // ./.httpstatus.json, if there is one
 * Suppressions s = ConfigFile.read(file.get(), "check", Rules.ids());
 * }</pre>
 *
 * <p>Strict: an unknown key, a wrong type, a rule id that names no rule, a duplicate key or a
 * suppression that names no place is a {@link ControlFileException} with line and column, never a
 * silent default.
 */
public final class ConfigFile {

    /** The file name looked for in the working directory. */
    public static final String NAME = ".httpstatus.json";
    /** The sections a file may have, one per command. */
    public static final Set<String> SECTIONS = Set.of("check", "lint");

    /** Larger is no configuration anyone wrote by hand. */
    static final long MAX_BYTES = 1 << 20;

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final StrictJson in;
    private final String section;
    private final Set<String> known;
    private final List<Suppression> found = new ArrayList<>();

    private ConfigFile(StrictJson in, String section, Set<String> known) {
        this.in = in;
        this.section = section;
        this.known = known;
    }

    /** {@code dir/.httpstatus.json} if it is a file. */
    public static Optional<Path> find(Path dir) {
        Path p = dir.resolve(NAME);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /**
     * The suppressions of {@code section} in {@code file}; none when the file has no such section.
     *
     * @param knownRules every rule id of the command; others are errors, with suggestions
     * @throws ControlFileException if the file is missing, unreadable or not as documented
     */
    public static Suppressions read(Path file, String section, Set<String> knownRules) throws ControlFileException {
        try (StrictJson json = StrictJson.open(file, MAX_BYTES)) {
            return new ConfigFile(json, section, knownRules).file();
        } catch (ControlFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ControlFileException(file.toString(), -1, -1, "cannot read: " + e.getMessage());
        }
    }

    /** As {@link #read(Path, String, Set)}, from a stream named {@code name} in messages. */
    public static Suppressions read(InputStream text, String name, String section, Set<String> knownRules)
            throws ControlFileException {
        try (StrictJson json = StrictJson.of(text, name)) {
            return new ConfigFile(json, section, knownRules).file();
        } catch (ControlFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ControlFileException(name, -1, -1, "cannot read: " + e.getMessage());
        }
    }

    private Suppressions file() throws ControlFileException {
        JsonToken t = in.next();
        if (t != JsonToken.START_OBJECT) {
            throw t == null ? new ControlFileException(in.name(), -1, -1, "empty file: expected an object such as {\"check\": {\"disable\": [...]}}")
                    : in.error("expected an object at the top level, found " + StrictJson.describe(t));
        }
        while ((t = in.next()) == JsonToken.FIELD_NAME) {
            String key = in.text();
            if (key.equals("$schema")) {
                in.string("a schema URL");
            } else if (key.equals(section)) {
                in.expect(JsonToken.START_OBJECT, "an object for section \"" + key + "\"");
                section();
            } else if (SECTIONS.contains(key)) {
                in.expect(JsonToken.START_OBJECT, "an object for section \"" + key + "\"");
                in.skipValue();
            } else {
                throw in.error("unknown key \"" + key + "\": the sections are " + String.join(", ", new java.util.TreeSet<>(SECTIONS)));
            }
        }
        in.end();
        return Suppressions.of(found);
    }

    private void section() throws ControlFileException {
        JsonToken t;
        while ((t = in.next()) == JsonToken.FIELD_NAME) {
            String key = in.text();
            switch (key) {
                case "disable" -> disable();
                case "suppress" -> suppress();
                default -> throw in.error("unknown key \"" + key + "\" in \"" + section + "\": expected disable or suppress");
            }
        }
    }

    private void disable() throws ControlFileException {
        in.expect(JsonToken.START_ARRAY, "an array of rule ids");
        JsonToken t;
        while ((t = in.next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
                throw in.error("expected a rule id (a string), found " + StrictJson.describe(t));
            }
            String id = in.text();
            if (id.equals(Suppression.EVERY_RULE)) {
                throw in.error("\"*\" would disable every rule; name the rules, or suppress \"*\" at some hosts or paths");
            }
            ruleId(id);
            found.add(Suppression.of(id).from(in.name() + " " + in.position()));
        }
    }

    private void ruleId(String id) throws ControlFileException {
        if (!id.equals(Suppression.EVERY_RULE) && !known.contains(id)) {
            throw in.error(RuleIds.unknown(id, known));
        }
    }

    private void suppress() throws ControlFileException {
        in.expect(JsonToken.START_ARRAY, "an array of suppressions {\"rule\": …, \"host\"/\"path\"/\"method\": …}");
        JsonToken t;
        while ((t = in.next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw in.error("expected a suppression object, found " + StrictJson.describe(t));
            }
            String origin = in.name() + " " + in.position();
            com.fasterxml.jackson.core.JsonLocation start = in.location();
            String rule = null;
            String host = "";
            String path = "";
            String method = "";
            String reason = "";
            while (in.next() == JsonToken.FIELD_NAME) {
                String key = in.text();
                switch (key) {
                    case "rule" -> {
                        rule = in.string("a rule id or \"*\"");
                        ruleId(rule);
                    }
                    case "host" -> host = host(in.string("a host pattern such as \"api.example.com\" or \"*.example.com\""));
                    case "path" -> path = path(in.string("a path pattern such as \"/legacy/**\""));
                    case "method" -> method = method(in.string("a method such as \"POST\""));
                    case "reason" -> reason = in.string("the reason, as text");
                    default -> throw in.error("unknown key \"" + key + "\" in a suppression:"
                            + " expected rule, host, path, method or reason");
                }
            }
            if (rule == null) {
                throw in.errorAt(start, "a suppression needs \"rule\" (a rule id, or \"*\" for every rule)");
            }
            if (host.isEmpty() && path.isEmpty() && method.isEmpty()) {
                throw in.errorAt(start, "a suppression needs \"host\", \"path\" or \"method\";"
                        + " to switch a rule off everywhere, list it under \"disable\"");
            }
            found.add(new Suppression(rule, host, path, method, reason, origin));
        }
    }

    private String host(String h) throws ControlFileException {
        if (h.isEmpty() || h.contains("/") || h.contains(":")) {
            throw in.error("\"host\": expected a host name or pattern without scheme, port or path"
                    + " (e.g. \"api.example.com\", \"*.example.com\"), found \"" + h + "\"");
        }
        return h;
    }

    private String path(String p) throws ControlFileException {
        if (!p.startsWith("/") && !p.startsWith("*")) {
            throw in.error("\"path\": expected a pattern starting with '/' (e.g. \"/legacy/**\"), found \"" + p + "\"");
        }
        if (p.indexOf('?') >= 0 || p.indexOf('#') >= 0) {
            throw in.error("\"path\": the path is matched without query or fragment; remove what follows '"
                    + (p.indexOf('?') >= 0 ? '?' : '#') + "' in \"" + p + "\"");
        }
        return p;
    }

    private String method(String m) throws ControlFileException {
        if (!TOKEN.matcher(m).matches()) {
            throw in.error("\"method\": expected a method name such as \"POST\", found \"" + m + "\"");
        }
        return m;
    }
}
