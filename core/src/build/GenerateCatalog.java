import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns core's registry table (src/main/catalog/registry.tsv) into Java: StatusCode's constants,
 * Http's int constants and the Registry rows, so that each name is typed once, in the table.
 *
 * <p>Run by the build (exec-maven-plugin, generate-sources) as a single-file program:
 * {@code java GenerateCatalog.java <registry.tsv> <template dir> <output dir>}. JDK only, because core
 * has no dependencies. A malformed row stops the build with its line number.
 */
public final class GenerateCatalog {

    private static final Pattern CODE = Pattern.compile("[1-9]\\d\\d");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern RFC = Pattern.compile("RFC (\\d+) §([\\d.]+)");
    private static final Pattern DOCUMENT = Pattern.compile("(\\S+) <(https://\\S+)>");
    private static final String MARKER = "// @generated-constants";

    record Row(int line, int code, String constant, String phrase, String state, String registered, String expires,
            String drf, List<String[]> references) {}

    record Alias(int line, int code, String name, String why) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GenerateCatalog <registry.tsv> <template dir> <output dir>");
        }
        Path table = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        Path out = Path.of(args[2], "dev", "httpstatus");
        List<Row> rows = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        read(table, rows, aliases);
        Files.createDirectories(out);
        write(out.resolve("StatusCode.java"), fill(templates.resolve("dev/httpstatus/StatusCode.java"), constants(rows)));
        write(out.resolve("Http.java"), fill(templates.resolve("dev/httpstatus/Http.java"), ints(rows, aliases)));
        write(out.resolve("RegistryRows.java"), registryRows(rows, aliases));
    }

    private static void read(Path table, List<Row> rows, List<Alias> aliases) throws IOException {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        Set<String> names = new HashSet<>();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("alias")) {
                check(f.length == 4, table, n, "an alias line has 4 columns: alias, code, name, why");
                check(CODE.matcher(f[1]).matches(), table, n, "not a code: " + f[1]);
                check(names.add(f[2]), table, n, "the name " + f[2] + " is used twice");
                aliases.add(new Alias(n, Integer.parseInt(f[1]), f[2], f[3]));
                continue;
            }
            check(f.length == 6, table, n, "expected 6 tab-separated columns, found " + f.length);
            check(CODE.matcher(f[0]).matches(), table, n, "not a three-digit code: " + f[0]);
            int code = Integer.parseInt(f[0]);
            check(code > last, table, n, "codes must be in ascending order without repeats");
            last = code;
            String[] state = f[3].split(" ");
            boolean outside = state[0].equals("UNASSIGNED");
            check(Set.of("REGISTERED", "RESERVED", "OBSOLETED", "TEMPORARY", "UNASSIGNED").contains(state[0]), table, n,
                    "unknown registration " + state[0]);
            check(state[0].equals("TEMPORARY") ? state.length == 3 && DATE.matcher(state[1]).matches()
                    && DATE.matcher(state[2]).matches() : state.length == 1, table, n,
                    "TEMPORARY takes two dates (registered, expires); the other states none");
            check(outside == f[1].equals("-") && outside == f[2].equals("-") && outside == f[5].equals("-"), table, n,
                    "a code outside the registry has only a drf name; a registry row needs constant, phrase and references");
            if (!outside) {
                check(CONSTANT.matcher(f[1]).matches(), table, n, "not a constant name: " + f[1]);
                check(names.add(f[1]), table, n, "the constant " + f[1] + " is used twice");
            }
            String drf = f[4].equals("=") ? "HTTP_" + code + "_" + f[1] : f[4].equals("-") ? null : f[4];
            check(!(outside && drf == null), table, n, "a row outside the registry exists only for its drf name");
            if (drf != null) {
                check(drf.startsWith("HTTP_" + code + "_") && CONSTANT.matcher(drf).matches(), table, n,
                        "a drf name looks like HTTP_" + code + "_NAME: " + drf);
            }
            List<String[]> refs = new ArrayList<>();
            if (!outside) {
                for (String r : f[5].split("; ")) {
                    Matcher rfc = RFC.matcher(r);
                    Matcher doc = DOCUMENT.matcher(r);
                    if (rfc.matches()) {
                        refs.add(new String[] {rfc.group(1), rfc.group(2)});
                    } else if (doc.matches()) {
                        refs.add(new String[] {doc.group(1), doc.group(2)});
                    } else {
                        check(false, table, n, "a reference is 'RFC <n> §<section>' or '<document> <https://url>': " + r);
                    }
                }
            }
            rows.add(new Row(n, code, outside ? null : f[1], outside ? null : f[2], state[0],
                    state.length == 3 ? state[1] : null, state.length == 3 ? state[2] : null, drf, refs));
        }
    }

    private static String constants(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        for (Row r : rows) {
            if (r.constant == null) {
                continue;
            }
            String note = switch (r.state) {
                case "TEMPORARY" -> " A temporary registration, expiring " + r.expires + " unless extended.";
                case "RESERVED" -> " Reserved in the registry.";
                case "OBSOLETED" -> " Obsoleted.";
                default -> "";
            };
            b.append("    /** ").append(r.code).append(' ').append(escape(r.phrase)).append(" (").append(citations(r))
                    .append(").").append(note).append(" */\n");
            b.append("    public static final StatusCode ").append(r.constant).append(" = of(").append(r.code).append(");\n");
        }
        return b.toString();
    }

    private static String ints(List<Row> rows, List<Alias> aliases) {
        StringBuilder b = new StringBuilder();
        Set<String> done = new HashSet<>();
        for (Row r : rows) {
            String what = r.constant == null ? r.code + ", a code outside the IANA registry" : r.code + " " + escape(r.phrase);
            if (r.constant != null) {
                String ours = "HTTP_" + r.code + "_" + r.constant;
                b.append("    /** ").append(what).append(". */\n");
                b.append("    public static final int ").append(ours).append(" = ").append(r.code).append(";\n");
                done.add(ours);
            }
            if (r.drf != null && done.add(r.drf)) {
                b.append("    /** ").append(what).append(", by Django REST framework's name. */\n");
                b.append("    public static final int ").append(r.drf).append(" = ").append(r.code).append(";\n");
            }
            for (Alias a : aliases) {
                if (a.code == r.code) {
                    b.append("    /**\n     * ").append(what).append(", ").append(escape(a.why)).append(".\n")
                            .append("     * @deprecated use the correctly spelt constant\n     */\n    @Deprecated\n");
                    b.append("    public static final int ").append(a.name).append(" = ").append(a.code).append(";\n");
                }
            }
        }
        return b.toString();
    }

    private static String registryRows(List<Row> rows, List<Alias> aliases) {
        StringBuilder b = new StringBuilder();
        b.append("package dev.httpstatus;\n\n");
        b.append("// Generated by core/src/build/GenerateCatalog.java from core/src/main/catalog/registry.tsv: edit the table.\n\n");
        b.append("import java.time.LocalDate;\n\n");
        b.append("/** The rows of registry.tsv, as Java. */\n");
        b.append("final class RegistryRows {\n\n    private RegistryRows() {}\n\n");
        b.append("    static final Registry.Row[] ROWS = {\n");
        for (Row r : rows) {
            if (r.constant == null) {
                continue;
            }
            b.append("        new Registry.Row(").append(r.code).append(", ").append(quote(r.constant)).append(", ")
                    .append(quote(r.phrase)).append(", Registration.").append(r.state).append(", ")
                    .append(r.drf == null ? "null" : quote(r.drf)).append(", ")
                    .append(date(r.registered)).append(", ").append(date(r.expires));
            for (String[] ref : r.references) {
                b.append(",\n                ");
                if (Character.isDigit(ref[0].charAt(0))) {
                    b.append("Reference.rfc(").append(ref[0]).append(", ").append(quote(ref[1])).append(')');
                } else {
                    b.append("new Reference(").append(quote(ref[0])).append(", \"\", ").append(quote(ref[1])).append(')');
                }
            }
            b.append("),\n");
        }
        b.append("    };\n\n");
        b.append("    /** Django REST framework's names for codes outside the registry: {name, code}. */\n");
        b.append("    static final String[][] DRF_OUTSIDE = {\n");
        for (Row r : rows) {
            if (r.constant == null) {
                b.append("        {").append(quote(r.drf)).append(", \"").append(r.code).append("\"},\n");
            }
        }
        b.append("    };\n\n");
        b.append("    /** Misspellings met in documentation, kept as deprecated names: {name, code}. */\n");
        b.append("    static final String[][] MISSPELLINGS = {\n");
        for (Alias a : aliases) {
            b.append("        {").append(quote(a.name)).append(", \"").append(a.code).append("\"},\n");
        }
        b.append("    };\n}\n");
        return b.toString();
    }

    /** LocalDate.of, not parse: parsing would load java.time.format on every start of the CLI. */
    private static String date(String iso) {
        if (iso == null) {
            return "null";
        }
        String[] p = iso.split("-");
        return "LocalDate.of(" + Integer.parseInt(p[0]) + ", " + Integer.parseInt(p[1]) + ", " + Integer.parseInt(p[2]) + ")";
    }

    private static String citations(Row r) {
        List<String> parts = new ArrayList<>();
        for (String[] ref : r.references) {
            parts.add(Character.isDigit(ref[0].charAt(0)) ? "RFC " + ref[0] + " §" + ref[1] : ref[0]);
        }
        return String.join(", ", parts);
    }

    private static String fill(Path template, String constants) throws IOException {
        String text = Files.readString(template, StandardCharsets.UTF_8);
        int at = text.indexOf(MARKER);
        if (at < 0 || text.indexOf(MARKER, at + 1) >= 0) {
            throw new IllegalStateException(template + ": needs exactly one line '" + MARKER + "'");
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at) + 1;
        return text.substring(0, lineStart)
                + "    // Generated from core/src/main/catalog/registry.tsv by core/src/build/GenerateCatalog.java.\n"
                + constants + text.substring(lineEnd);
    }

    private static void write(Path file, String text) throws IOException {
        // Unchanged output keeps its timestamp, so the compiler sees nothing new to do.
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;");
    }

    private static void check(boolean ok, Path table, int line, String message) {
        if (!ok) {
            System.err.println(table + ":" + line + ": " + message);
            System.exit(2);
        }
    }
}
