package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.Reference;
import dev.httpstatus.check.model.RuleDescription;
import dev.httpstatus.check.model.Severity;
import java.io.IOException;

/**
 * The SARIF 2.1.0 pieces every httpstatus report shares: a rule's {@code reportingDescriptor} and
 * the level a severity maps to. The checker's and the OpenAPI linter's SARIF reports both write
 * their rules here, so a viewer shows the two tools' rules alike.
 *
 * <pre>{@code
 * SarifRules.writeDescriptor(g, Rules.byId("405-without-allow").orElseThrow(), "http");
 * SarifRules.level(Severity.INFO);   // "note"
 * }</pre>
 */
public final class SarifRules {

    private SarifRules() {}

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
}
