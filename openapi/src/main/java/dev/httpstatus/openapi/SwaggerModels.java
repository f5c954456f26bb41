package dev.httpstatus.openapi;

import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Swagger-parser's part: the tree {@link TreeReader} built becomes swagger-parser's OpenAPI 3 model
 * without parsing the text a second time, Swagger 2.0 through its converter. It reads the parts the
 * rules need ({@link SwaggerInput}); a document with references to other files is given whole,
 * since swagger-parser's resolver then reads those files too.
 *
 * <pre>{@code
 * OpenAPI m = SwaggerModels.parse(tree, ApiDescription.Kind.OPENAPI_3_1, null, SwaggerInput.of(tree, kind).tree());
 * }</pre>
 */
final class SwaggerModels {

    private SwaggerModels() {}

    /**
     * The model of {@code tree}, read from {@code checked} (its {@link SwaggerInput}). With a
     * {@code location} (the file's absolute path), references to other local files are resolved by
     * swagger-parser too, and the whole document is read; without one only {@code checked} is.
     */
    static OpenAPI parse(SourceTree tree, ApiDescription.Kind kind, String location, JsonNode checked)
            throws BadDescriptionException {
        SwaggerParseResult result;
        try {
            if (kind == ApiDescription.Kind.SWAGGER_2_0) {
                SwaggerDeserializationResult v2 = new SwaggerDeserializer().deserialize(checked);
                result = new SwaggerConverter().convert(v2);
            } else {
                JsonNode input = location == null ? checked : tree.root();
                // parseRoot rather than deserialize: deserialize first copies the whole tree into a
                // Map with a new ObjectMapper, only for JSON Schema parser plug-ins (none are on our
                // class path), which was a third of a cold lint's model time. A new ParseResult
                // has deserialize's defaults with internal $refs unchecked (RefCheck has done that,
                // with positions).
                OpenAPIDeserializer.ParseResult parsed = new OpenAPIDeserializer.ParseResult();
                OpenAPI model = new OpenAPIDeserializer().parseRoot(input, parsed, location);
                result = new SwaggerParseResult();
                result.setMessages(parsed.getMessages());
                if (location != null && model != null) {
                    model = new OpenAPIResolver(model, null, location).resolve();
                }
                result.setOpenAPI(model);
            }
        } catch (RuntimeException e) {
            // swagger-parser reports most problems as messages; anything it throws is still about the input
            throw new BadDescriptionException(tree.file(), null, "swagger-parser could not read it: " + e);
        }
        OpenAPI model = result == null ? null : result.getOpenAPI();
        if (model == null) {
            List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
            throw new BadDescriptionException(tree.file(), null, "swagger-parser could not read it"
                    + (messages.isEmpty() ? "" : ": " + String.join("; ", messages.subList(0, Math.min(3, messages.size())))));
        }
        return model;
    }
}
