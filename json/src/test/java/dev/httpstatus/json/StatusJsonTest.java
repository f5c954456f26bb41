package dev.httpstatus.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads {@link StatusJson}'s output back with Jackson's streaming parser and checks the card field by field. */
class StatusJsonTest {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final List<String> FIELDS = List.of("code", "phrase", "class", "classLabel", "constant", "drfName",
            "registration", "valid", "deprecated", "description", "references", "formerPhrases", "unofficialMeanings",
            "headers", "duties", "contentAllowed", "cacheableByDefault", "retryable", "methods", "redirect");

    /** The whole document as maps (in field order), lists, strings, numbers, booleans and nulls. */
    private static Object read(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            Object value = value(p);
            assertThat(p.nextToken()).as("trailing content after the card").isNull();
            return value;
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getIntValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new AssertionError("unexpected token " + t);
        }
    }

    /** The values of one key across a JSON array of objects. */
    private static List<Object> ids(Object array, String key) {
        List<Object> values = new ArrayList<>();
        for (Object o : (List<?>) array) {
            values.add(((Map<?, ?>) o).get(key));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> card(int code) throws IOException {
        return (Map<String, Object>) read(StatusJson.toJson(StatusCode.of(code)));
    }

    @Test
    void cardOf404() throws IOException {
        Map<String, Object> c = card(404);
        assertThat(c.keySet()).containsExactlyElementsOf(FIELDS);
        assertThat(c.get("code")).isEqualTo(404);
        assertThat(c.get("phrase")).isEqualTo("Not Found");
        assertThat(c.get("class")).isEqualTo("CLIENT_ERROR");
        assertThat(c.get("classLabel")).isEqualTo("4xx");
        assertThat(c.get("constant")).isEqualTo("NOT_FOUND");
        assertThat(c.get("drfName")).isEqualTo("HTTP_404_NOT_FOUND");
        assertThat(c.get("registration")).isEqualTo("REGISTERED");
        assertThat(c.get("deprecated")).isEqualTo(false);
        assertThat(c.get("description")).isEqualTo(StatusCode.NOT_FOUND.description());
        assertThat(c.get("references")).isEqualTo(List.of(Map.of("spec", "RFC 9110", "section", "15.5.5",
                "url", "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5")));
        assertThat(c.get("formerPhrases")).isEqualTo(List.of());
        assertThat(c.get("unofficialMeanings")).isEqualTo(List.of());
        // Every 2xx-4xx response of an origin server with a clock carries Date (RFC 9110 §6.6.1).
        assertThat(c.get("headers")).isEqualTo(List.of(Map.of("name", "Date", "level", "MUST",
                "when", "from an origin server with a clock (1xx and 5xx MAY)", "reference", "RFC 9110 §6.6.1")));
        assertThat(ids(c.get("duties"), "id")).containsExactly("content-in-head-response", "2xx-4xx-without-date");
        assertThat(c.get("valid")).isEqualTo(true);
        assertThat(c.get("contentAllowed")).isEqualTo(true);
        assertThat(c.get("cacheableByDefault")).isEqualTo(true);
        assertThat(c.get("retryable")).isEqualTo(false);
        assertThat(c.get("methods")).isEqualTo(List.of());
    }

    @Test
    void cardOf499() throws IOException {
        Map<String, Object> c = card(499);
        assertThat(c.keySet()).containsExactlyElementsOf(FIELDS);
        assertThat(c.get("code")).isEqualTo(499);
        assertThat(c.get("phrase")).isEqualTo("Client Closed Request");
        assertThat(c.get("class")).isEqualTo("CLIENT_ERROR");
        assertThat(c.get("classLabel")).isEqualTo("4xx");
        assertThat(c).containsEntry("constant", null).containsEntry("drfName", null);
        assertThat(c.get("registration")).isEqualTo("UNASSIGNED");
        assertThat(c.get("deprecated")).isEqualTo(false);
        assertThat((String) c.get("description")).contains("nginx", "Esri");
        assertThat(c.get("references")).isEqualTo(List.of());
        assertThat(c.get("formerPhrases")).isEqualTo(List.of());
        assertThat(c.get("unofficialMeanings")).asList().hasSize(2);
        List<?> meanings = (List<?>) c.get("unofficialMeanings");
        Map<?, ?> nginx = (Map<?, ?>) meanings.get(0);
        assertThat(new ArrayList<Object>(nginx.keySet())).containsExactly("phrase", "vendor", "note");
        assertThat(nginx.get("phrase")).isEqualTo("Client Closed Request");
        assertThat(nginx.get("vendor")).isEqualTo("nginx");
        assertThat(nginx.get("note")).isEqualTo(StatusCode.of(499).unofficialMeanings().get(0).note());
        Map<?, ?> esri = (Map<?, ?>) meanings.get(1);
        assertThat(esri.get("phrase")).isEqualTo("Token Required");
        assertThat(esri.get("vendor")).isEqualTo("Esri ArcGIS");
        assertThat(ids(c.get("headers"), "name")).containsExactly("Date");
        assertThat(c.get("contentAllowed")).isEqualTo(true);
        assertThat(c.get("cacheableByDefault")).isEqualTo(false);
        assertThat(c.get("retryable")).isEqualTo(false);
        assertThat(c.get("methods")).isEqualTo(List.of());
    }

    @Test
    void cardsCarryHistoryDutiesMethodsAndDates() throws IOException {
        Map<String, Object> large = card(413);
        assertThat(large.get("drfName")).isEqualTo("HTTP_413_REQUEST_ENTITY_TOO_LARGE");
        assertThat(large.get("formerPhrases")).isEqualTo(List.of(
                Map.of("phrase", "Request Entity Too Large", "source", "RFC 2068 §6.1.1"),
                Map.of("phrase", "Payload Too Large", "source", "RFC 7231 §6.5.11")));
        assertThat(large.get("methods")).isEqualTo(List.of("POST", "PUT", "PATCH"));
        assertThat(large).containsEntry("redirect", null);
        assertThat(card(303).get("redirect")).isEqualTo(Map.of("method", "CHANGES_TO_GET", "permanent", false,
                "summary", "followed with GET (a HEAD stays HEAD)"));
        assertThat(card(308).get("redirect")).isEqualTo(Map.of("method", "KEPT", "permanent", true,
                "summary", "followed with the same method and content"));

        Map<String, Object> unauthorized = card(401);
        assertThat(unauthorized.get("headers")).asList().first().isEqualTo(Map.of("name", "WWW-Authenticate",
                "level", "MUST", "when", StatusCode.UNAUTHORIZED.headerDuties().get(0).when(),
                "reference", "RFC 9110 §15.5.2"));

        Map<String, Object> upload = card(104);
        assertThat(upload.get("registration")).isEqualTo("TEMPORARY");
        assertThat(upload.get("registeredOn")).isEqualTo("2024-11-13");
        assertThat(upload.get("expiresOn")).isEqualTo("2026-11-13");
        assertThat(upload.get("contentAllowed")).isEqualTo(false);

        assertThat(card(305).get("deprecated")).isEqualTo(true);
        assertThat(card(799).get("class")).isEqualTo("UNDEFINED");
        assertThat(card(799).get("classLabel")).isEqualTo("6xx-9xx");
        assertThat(card(799).get("valid")).isEqualTo(false);
        assertThat((String) card(799).get("description")).containsIgnoringCase("not a valid status code on the wire").contains("server error");

        Map<?, ?> allow = (Map<?, ?>) ((List<?>) card(405).get("duties")).get(0);
        assertThat(allow.get("id")).isEqualTo("405-without-allow");
        assertThat(allow.get("subject")).isEqualTo("Allow");
        assertThat(allow.get("level")).isEqualTo("MUST");
        assertThat(allow.get("condition")).isEqualTo(Map.of("kind", "always", "text", "always", "observability", "EXCHANGE"));
        assertThat(allow.get("example")).isEqualTo("GET, HEAD");
        assertThat(allow.get("general")).isEqualTo(false);
        Map<?, ?> located = (Map<?, ?>) ((List<?>) card(201).get("duties")).get(0);
        assertThat(located.get("condition")).isEqualTo(Map.of("kind", "not",
                "text", "the request method is not PATCH or PUT", "observability", "EXCHANGE"));
        Map<?, ?> noContent = (Map<?, ?>) ((List<?>) card(204).get("duties")).get(0);
        assertThat(noContent.get("subject")).isEqualTo("content");
        assertThat(noContent.get("level")).isEqualTo("MUST NOT");
    }

    @Test
    void everyCodeSerialisesToValidJsonThatMatchesTheCatalog() throws IOException {
        for (int n = 100; n <= 999; n++) {
            StatusCode s = StatusCode.of(n);
            Map<String, Object> c = card(n);
            assertThat(c.keySet()).as("%d", n).containsAll(FIELDS);
            assertThat(c.get("code")).isEqualTo(n);
            assertThat(c.get("phrase")).isEqualTo(s.reasonPhrase());
            assertThat(c.get("description")).isEqualTo(s.description());
            assertThat((List<?>) c.get("references")).hasSameSizeAs(s.references());
            assertThat((List<?>) c.get("formerPhrases")).hasSameSizeAs(s.formerPhrases());
            assertThat((List<?>) c.get("unofficialMeanings")).hasSameSizeAs(s.unofficialMeanings());
            assertThat((List<?>) c.get("headers")).hasSameSizeAs(s.headerDuties());
            assertThat(c.get("retryable")).isEqualTo(s.isRetryable());
        }
    }

    @Test
    void arrayOfAllKnownCodes() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            StatusJson.writeArray(g, StatusCodes.known());
        }
        List<?> cards = (List<?>) read(out.toString());
        assertThat(cards).hasSameSizeAs(StatusCodes.known());
        List<Object> codes = new ArrayList<>();
        cards.forEach(c -> codes.add(((Map<?, ?>) c).get("code")));
        assertThat(codes).containsExactlyElementsOf(StatusCodes.known().stream().map(StatusCode::code).toList());
    }
}
