package dev.httpstatus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.FormerPhrase;
import dev.httpstatus.Condition;
import dev.httpstatus.Duty;
import dev.httpstatus.Method;
import dev.httpstatus.Reference;
import dev.httpstatus.StatusCode;
import dev.httpstatus.UnofficialMeaning;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON form of a status code's card: one schema for the CLI's {@code --json} and the server's
 * {@code /api/codes}. Written with Jackson's streaming generator, field order fixed.
 *
 * <pre>{@code
 * String json = StatusJson.toJson(StatusCode.NOT_FOUND);
 * // {"code":404,"phrase":"Not Found","class":"CLIENT_ERROR","constant":"NOT_FOUND", …}
 * }</pre>
 *
 * <p>Fields, all always present: {@code code} (int), {@code phrase}, {@code class} (a
 * {@link dev.httpstatus.StatusClass} name), {@code classLabel} ("4xx"), {@code constant} and
 * {@code drfName} (strings, or null for unregistered codes), {@code registration} (a
 * {@link dev.httpstatus.Registration} name), {@code deprecated}, {@code description},
 * {@code references} [{spec, section, url}], {@code formerPhrases} [{phrase, source}],
 * {@code unofficialMeanings} [{phrase, vendor, note}], {@code headers} [{name, level, when,
 * reference}] (the header duties, kept for readers of the first schema), {@code duties} (every duty,
 * content ones included, as {@link #writeDuty}), {@code valid} (false for 600–999), {@code contentAllowed}, {@code cacheableByDefault}, {@code retryable}, {@code methods}
 * (an empty array means any method), {@code redirect} ({method, summary, permanent} for 301, 302, 303, 307
 * and 308, method being a {@link dev.httpstatus.RedirectMethod} name; null otherwise). A temporary
 * registration adds {@code registeredOn} and
 * {@code expiresOn} (ISO dates).
 */
public final class StatusJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private StatusJson() {}

    /** The card of one code as a compact JSON object. */
    public static String toJson(StatusCode code) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, code);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the cards of {@code codes} as a JSON array. */
    public static void writeArray(JsonGenerator g, Iterable<StatusCode> codes) throws IOException {
        g.writeStartArray();
        for (StatusCode c : codes) {
            write(g, c);
        }
        g.writeEndArray();
    }

    /** Writes one card as a JSON object at the generator's current position. */
    public static void write(JsonGenerator g, StatusCode c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("code", c.code());
        g.writeStringField("phrase", c.reasonPhrase());
        g.writeStringField("class", c.statusClass().name());
        g.writeStringField("classLabel", c.statusClass().label());
        g.writeStringField("constant", c.constantName().orElse(null));
        g.writeStringField("drfName", c.drfName().orElse(null));
        g.writeStringField("registration", c.registration().name());
        g.writeBooleanField("valid", c.isValid());
        if (c.registeredOn().isPresent()) {
            g.writeStringField("registeredOn", c.registeredOn().get().toString());
        }
        if (c.expiresOn().isPresent()) {
            g.writeStringField("expiresOn", c.expiresOn().get().toString());
        }
        g.writeBooleanField("deprecated", c.isDeprecated());
        g.writeStringField("description", c.description());
        g.writeArrayFieldStart("references");
        for (Reference r : c.references()) {
            writeReference(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("formerPhrases");
        for (FormerPhrase f : c.formerPhrases()) {
            g.writeStartObject();
            g.writeStringField("phrase", f.phrase());
            g.writeStringField("source", f.source().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unofficialMeanings");
        for (UnofficialMeaning u : c.unofficialMeanings()) {
            g.writeStartObject();
            g.writeStringField("phrase", u.phrase());
            g.writeStringField("vendor", u.vendor());
            g.writeStringField("note", u.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("headers");
        for (Duty d : c.headerDuties()) {
            g.writeStartObject();
            g.writeStringField("name", d.field().orElseThrow());
            g.writeStringField("level", d.level().label());
            g.writeStringField("when", d.when());
            g.writeStringField("reference", d.reference().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("duties");
        for (Duty d : c.duties()) {
            writeDuty(g, d);
        }
        g.writeEndArray();
        g.writeBooleanField("contentAllowed", c.contentAllowed());
        g.writeBooleanField("cacheableByDefault", c.isCacheableByDefault());
        g.writeBooleanField("retryable", c.isRetryable());
        g.writeArrayFieldStart("methods");
        for (Method m : c.methods()) {
            g.writeString(m.token());
        }
        g.writeEndArray();
        if (c.redirectMethod().isPresent()) {
            g.writeObjectFieldStart("redirect");
            g.writeStringField("method", c.redirectMethod().get().name());
            g.writeStringField("summary", c.redirectMethod().get().summary());
            g.writeBooleanField("permanent", c.isPermanentRedirect());
            g.writeEndObject();
        } else {
            g.writeNullField("redirect");
        }
        g.writeEndObject();
    }

    /**
     * Writes a duty as {id, subject, level, when, condition: {kind, text, observability}, value, example,
     * codes, general, reference: {spec, section, url}}: subject is a header field name or "content",
     * level as the RFCs write it ("MUST NOT"), value what the field's value must satisfy ("" for any),
     * example a value that fulfils it (null for prohibitions).
     */
    public static void writeDuty(JsonGenerator g, Duty d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("subject", d.subject().toString());
        g.writeStringField("level", d.level().label());
        g.writeStringField("when", d.when());
        g.writeObjectFieldStart("condition");
        g.writeStringField("kind", conditionKind(d.condition()));
        g.writeStringField("text", d.condition().describe());
        g.writeStringField("observability", d.condition().observability().name());
        g.writeEndObject();
        g.writeStringField("value", d.value().describe());
        g.writeStringField("example", d.example().orElse(null));
        g.writeStringField("codes", d.codes());
        g.writeBooleanField("general", d.isGeneral());
        g.writeFieldName("reference");
        writeReference(g, d.reference());
        g.writeEndObject();
    }

    /** The condition's kind in lower camel case: always, methodIn, requestHas, responseHas, http1, … */
    static String conditionKind(Condition c) {
        String name = c.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Writes a reference as {spec, section, url}. */
    public static void writeReference(JsonGenerator g, Reference r) throws IOException {
        g.writeStartObject();
        g.writeStringField("spec", r.spec());
        g.writeStringField("section", r.section());
        g.writeStringField("url", r.url());
        g.writeEndObject();
    }
}
