package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.Reference;
import dev.httpstatus.check.model.RuleDescription;
import dev.httpstatus.check.model.Severity;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The SARIF 2.1.0 pieces every httpstatus report shares: the log's opening with the tool and its
 * rules, a rule's {@code reportingDescriptor} and the level a severity maps to. The checker's and
 * the OpenAPI linter's SARIF reports both write their rules here, so a viewer shows the two tools'
 * rules alike.
 *
 * <pre>{@code
 * SarifRules.beginRun(g, "httpstatus-check", Rules.all(), "http", ruleIndex);   // then the results
 * SarifRules.writeDescriptor(g, Rules.byId("405-without-allow").orElseThrow(), "http");
 * SarifRules.level(Severity.INFO);   // "note"
 * }</pre>
 */
public final class SarifRules {

    private SarifRules() {}

    /**
     * Opens a SARIF log with one run of the driver {@code name}: its {@code rules} as descriptors
     * (each one's index goes into {@code ruleIndex}, for the results to name), then the results
     * array, left open for them.
     */
    public static void beginRun(JsonGenerator g, String name, List<? extends RuleDescription> rules, String tag,
            Map<String, Integer> ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", name);
        g.writeStringField("semanticVersion", ToolVersion.get());
        g.writeArrayFieldStart("rules");
        for (int i = 0; i < rules.size(); i++) {
            RuleDescription r = rules.get(i);
            ruleIndex.put(r.id(), i);
            writeDescriptor(g, r, tag);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
    }

    /** SARIF's level for a severity: error, warning, or note for info. */
    public static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Writes one rule of {@code tool.driver.rules}; {@code tag} names the tool's domain beside "status-code". */
    public static void writeDescriptor(JsonGenerator g, RuleDescription rule, String tag) throws IOException {
        String message = rule.message();
        Reference reference = rule.reference();
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", message);
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", message + " (" + reference + ")");
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", rule.fix());
        g.writeEndObject();
        g.writeStringField("helpUri", reference.url());
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("reference", reference.toString());
        g.writeArrayFieldStart("tags");
        g.writeString(tag);
        g.writeString("status-code");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A report's file as a SARIF artifact location: a relative path stays relative, with forward
     * slashes and each segment percent-encoded; an absolute one becomes a file: URI; "-" (standard
     * input) and URLs stay as they are.
     */
    public static String artifactUri(String file) {
        if (file.equals("-") || file.contains("://")) {
            return file;
        }
        try {
            Path p = Path.of(file);
            if (p.isAbsolute()) {
                return p.toUri().toString();
            }
            StringBuilder b = new StringBuilder();
            for (Path part : p) {
                if (b.length() > 0) {
                    b.append('/');
                }
                b.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return b.toString();
        } catch (InvalidPathException e) {
            return file;
        }
    }
}
