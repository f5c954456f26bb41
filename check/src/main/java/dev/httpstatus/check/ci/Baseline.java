package dev.httpstatus.check.ci;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Findings accepted as they are: a run given a baseline reports only findings whose
 * {@link Fingerprint} is not in it. The file is JSON, one finding per line, sorted by rule and
 * location, so that it diffs well under version control:
 *
 * <pre>{@code
 * {
 *   "tool": "httpstatus check",
 *   "version": 1,
 *   "findings": [
 *     {"rule": "201-without-location", "location": "POST /items 201", "fingerprint": "…"},
 *     {"rule": "405-without-allow", "location": "DELETE /items/{id} 405", "fingerprint": "…"}
 *   ]
 * }
 * }</pre>
 *
 * <pre>{@code
 * Baseline.Recorder r = Baseline.recorder("check");
 * r.add(occurrence);                         // for every finding of today's run
 * r.build().write(Path.of("baseline.json"));
 * Baseline b = Baseline.read(Path.of("baseline.json"), "check");
 * b.contains(occurrence);                    // true: not new
 * }</pre>
 *
 * <p>A finding is identified by rule and location key only, so the same problem seen many times
 * (or in a fresh capture) is one line. {@code fingerprint} is derived from the other two; it is
 * written for cross-reference with SARIF and checked on reading. Immutable and thread-safe.
 */
public final class Baseline {

    /** The format version written and understood. */
    public static final int VERSION = 1;
    /** Larger files are refused rather than held in memory. */
    static final long MAX_BYTES = 64L << 20;

    /** One accepted finding: a rule at a location key. */
    public record Entry(String rule, String location) implements Comparable<Entry> {

        private static final Comparator<Entry> ORDER =
                Comparator.comparing(Entry::rule).thenComparing(Entry::location);

        public Entry {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(location, "location");
        }

        /** The entry of an occurrence. */
        public static Entry of(Occurrence o) {
            return new Entry(o.rule(), o.locationKey());
        }

        public Fingerprint fingerprint() {
            return Fingerprint.of(rule, location);
        }

        @Override
        public int compareTo(Entry o) {
            return ORDER.compare(this, o);
        }
    }

    private final String tool;
    private final List<Entry> entries;
    private final Set<Fingerprint> prints;

    private Baseline(String tool, Collection<Entry> sorted) {
        this.tool = tool;
        this.entries = List.copyOf(sorted);
        this.prints = new HashSet<>(entries.size() * 2);
        for (Entry e : entries) {
            prints.add(e.fingerprint());
        }
    }

    /** A baseline of {@code tool} ("check", "lint") accepting nothing. */
    public static Baseline empty(String tool) {
        return new Baseline(tool, List.of());
    }

    /** A baseline of {@code tool} accepting these findings. */
    public static Baseline of(String tool, Collection<Entry> entries) {
        return new Baseline(tool, new TreeSet<>(entries));
    }

    /** Collects the findings of a run, for {@link #write}. */
    public static Recorder recorder(String tool) {
        return new Recorder(tool);
    }

    /** The command the baseline belongs to. */
    public String tool() {
        return tool;
    }

    /** Whether {@code o} is an accepted finding. */
    public boolean contains(Occurrence o) {
        return !prints.isEmpty() && prints.contains(o.fingerprint());
    }

    public boolean contains(Fingerprint f) {
        return prints.contains(f);
    }

    /** The accepted findings, sorted by rule, then location. */
    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /**
     * Reads a baseline file written for {@code tool}.
     *
     * @throws ControlFileException if the file is missing, not a baseline, of another tool or version,
     *                              or has a fingerprint that does not match its rule and location
     */
    public static Baseline read(Path file, String tool) throws ControlFileException {
        try (StrictJson in = StrictJson.open(file, MAX_BYTES)) {
            return read(in, tool);
        } catch (ControlFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ControlFileException(file.toString(), -1, -1, "cannot read: " + e.getMessage());
        }
    }

    private static Baseline read(StrictJson in, String tool) throws ControlFileException {
        JsonToken t = in.next();
        if (t != JsonToken.START_OBJECT) {
            throw t == null ? new ControlFileException(in.name(), -1, -1, "empty file: expected a baseline {\"tool\": …, \"findings\": […]}")
                    : in.error("expected a baseline object, found " + StrictJson.describe(t));
        }
        boolean sawTool = false;
        boolean sawFindings = false;
        List<Entry> found = new ArrayList<>();
        while (in.next() == JsonToken.FIELD_NAME) {
            String key = in.text();
            switch (key) {
                case "tool" -> {
                    String named = in.string("the tool name");
                    if (!named.equals(toolName(tool))) {
                        throw in.error("this baseline is for \"" + named + "\", not \"" + toolName(tool) + "\"");
                    }
                    sawTool = true;
                }
                case "version" -> {
                    if (in.next() != JsonToken.VALUE_NUMBER_INT || !in.text().equals(String.valueOf(VERSION))) {
                        throw in.error("baseline format version " + in.text() + " is not understood (expected " + VERSION + ")");
                    }
                }
                case "findings" -> {
                    findings(in, found);
                    sawFindings = true;
                }
                default -> throw in.error("unknown key \"" + key + "\" in a baseline: expected tool, version or findings");
            }
        }
        in.end();
        if (!sawTool || !sawFindings) {
            throw new ControlFileException(in.name(), -1, -1,
                    "not a baseline: \"" + (sawTool ? "findings" : "tool") + "\" is missing");
        }
        return of(tool, found);
    }

    private static void findings(StrictJson in, List<Entry> out) throws ControlFileException {
        in.expect(JsonToken.START_ARRAY, "an array of findings");
        JsonToken t;
        while ((t = in.next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw in.error("expected a finding {\"rule\", \"location\", \"fingerprint\"}, found " + StrictJson.describe(t));
            }
            var start = in.location();
            String rule = null;
            String location = null;
            String print = null;
            while (in.next() == JsonToken.FIELD_NAME) {
                String key = in.text();
                switch (key) {
                    case "rule" -> rule = in.string("a rule id");
                    case "location" -> location = in.string("a location key");
                    case "fingerprint" -> print = in.string("a fingerprint");
                    default -> throw in.error("unknown key \"" + key + "\" in a finding: expected rule, location or fingerprint");
                }
            }
            if (rule == null || location == null) {
                throw in.errorAt(start, "a finding needs \"rule\" and \"location\"");
            }
            Entry e = new Entry(rule, location);
            if (print != null && !print.equals(e.fingerprint().value())) {
                throw in.errorAt(start, "fingerprint " + print + " does not belong to rule \"" + rule + "\" at \""
                        + location + "\" (expected " + e.fingerprint() + "); was the file edited by hand?");
            }
            out.add(e);
        }
    }

    static String toolName(String tool) {
        return "httpstatus " + tool;
    }

    /** Writes the baseline to {@code file}, replacing it whole (through a temporary file beside it). */
    public void write(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the baseline as JSON text, one finding per line, sorted; does not close {@code out}. */
    public void write(Writer out) throws IOException {
        out.write("{\n  \"tool\": " + quote(toolName(tool)) + ",\n  \"version\": " + VERSION + ",\n  \"findings\": [");
        String sep = "\n";
        for (Entry e : entries) {
            out.write(sep);
            out.write("    {\"rule\": " + quote(e.rule()) + ", \"location\": " + quote(e.location())
                    + ", \"fingerprint\": " + quote(e.fingerprint().value()) + "}");
            sep = ",\n";
        }
        out.write(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        out.flush();
    }

    private static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** Gathers findings for a new baseline; keeps each rule and location once. Not thread-safe. */
    public static final class Recorder {
        private final String tool;
        private final TreeSet<Entry> entries = new TreeSet<>();

        private Recorder(String tool) {
            this.tool = Objects.requireNonNull(tool, "tool");
        }

        /** Records {@code o}. */
        public void add(Occurrence o) {
            entries.add(Entry.of(o));
        }

        /** Distinct findings recorded. */
        public int size() {
            return entries.size();
        }

        public Baseline build() {
            return new Baseline(tool, entries);
        }
    }

    @Override
    public String toString() {
        return toolName(tool) + " baseline of " + entries.size() + " findings";
    }
}
