package dev.httpstatus.openapi.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.check.report.Summary;
import dev.httpstatus.check.rules.Rules;
import dev.httpstatus.openapi.ApiDescription;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traffic held against a description, through the checker's own session and reports. */
class TrafficTest {

    static final String API = """
            openapi: 3.0.3
            info: {title: pets, version: "1"}
            servers: [{url: "https://api.example.com/v1"}]
            paths:
              /pets:
                get:
                  responses:
                    '200': {description: ok}
                post:
                  responses:
                    '201': {description: made, headers: {Location: {schema: {type: string}}}}
                    4XX: {description: client error}
              /pets/{id}:
                get:
                  responses:
                    '200': {description: ok}
                    '404': {description: gone}
                    '500': {description: oops}
              /pets/mine:
                get:
                  responses:
                    default: {description: anything}
            """;

    static ApiDescription api() throws Exception {
        return ApiDescription.read("api.yaml", API);
    }

    @Test
    void matchesServerPathTemplateAndMethod() throws Exception {
        OperationMatcher m = OperationMatcher.of(api(), List.of());
        assertThat(m.match("GET", "https://api.example.com/v1/pets/42").operation().orElseThrow().label()).isEqualTo("GET /pets/{id}");
        assertThat(m.match("GET", "https://api.example.com/v1/pets/mine?x=1").operation().orElseThrow().label())
                .isEqualTo("GET /pets/mine");
        assertThat(m.match("HEAD", "https://API.example.com:443/v1/pets/").operation().orElseThrow().label()).isEqualTo("GET /pets");
        assertThat(m.match("GET", "https://cdn.example.net/v1/pets").kind()).isEqualTo(OperationMatcher.Kind.OUTSIDE);
        assertThat(m.match("GET", "https://api.example.com/v2/pets").kind()).isEqualTo(OperationMatcher.Kind.OUTSIDE);
        assertThat(m.match("GET", "https://api.example.com/v1/owners").kind()).isEqualTo(OperationMatcher.Kind.NO_PATH);
        OperationMatcher.Match del = m.match("DELETE", "https://api.example.com/v1/pets/42");
        assertThat(del.kind()).isEqualTo(OperationMatcher.Kind.NO_METHOD);
        assertThat(del.methods()).containsExactly("GET");
        OperationMatcher local = OperationMatcher.of(api(), List.of("http://127.0.0.1:8080/"));
        assertThat(local.match("GET", "http://127.0.0.1:8080/pets").kind()).isEqualTo(OperationMatcher.Kind.OPERATION);
        assertThat(local.match("GET", "http://127.0.0.1:9090/pets").kind()).isEqualTo(OperationMatcher.Kind.OUTSIDE);
    }

    @Test
    void coverageWrapsAReportWithoutLosingWhatATriageSetsAside(@TempDir Path dir) throws Exception {
        Path har = dir.resolve("t.har");
        Files.writeString(har, har(
                new String[] {"GET", "https://api.example.com/v1/pets/2", "403"},
                new String[] {"DELETE", "https://api.example.com/v1/pets/1", "204"}));
        TrafficRules t = TrafficRules.of(api(), List.of());
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.addAll(t.rules());
        Checker checker = Checker.of(rules);
        dev.httpstatus.check.ci.Triage triage = dev.httpstatus.check.ci.Triage.of(
                dev.httpstatus.check.ci.Suppressions.disabling(List.of("status-not-in-openapi"), "--disable"));
        StringWriter plain = new StringWriter();
        CheckSession.builder(ReportFormat.JSON.writer(plain, false, checker.rules()))
                .checker(checker).triage(triage).build().run(List.of(har.toString()));
        StringWriter wrapped = new StringWriter();
        CheckSession.builder(new WithCoverage(ReportFormat.JSON.writer(wrapped, false, checker.rules()), t.coverage()))
                .checker(checker).triage(triage).build().run(List.of(har.toString()));
        JsonNode a = new ObjectMapper().readTree(plain.toString());
        JsonNode b = new ObjectMapper().readTree(wrapped.toString());
        assertThat(a.get("results").toString()).contains("\"suppressed\"", "status-not-in-openapi");
        assertThat(b.get("results")).isEqualTo(a.get("results"));
    }

    @Test
    void reportsUndeclaredStatusesAndOperationsAndListsWhatWasNeverObserved(@TempDir Path dir) throws Exception {
        Path har = dir.resolve("t.har");
        Files.writeString(har, har(
                new String[] {"GET", "https://api.example.com/v1/pets/1", "200"},
                new String[] {"GET", "https://api.example.com/v1/pets/2", "403"},     // not declared
                new String[] {"POST", "https://api.example.com/v1/pets", "409"},      // 4XX covers it
                new String[] {"GET", "https://api.example.com/v1/pets/mine", "418"},  // default covers it
                new String[] {"DELETE", "https://api.example.com/v1/pets/1", "204"},  // no such operation
                new String[] {"GET", "https://api.example.com/v1/owners", "200"},     // no such path
                new String[] {"GET", "https://cdn.example.net/app.js", "200"}));      // another host
        TrafficRules t = TrafficRules.of(api(), List.of());
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.addAll(t.rules());
        Checker checker = Checker.of(rules);
        StringWriter out = new StringWriter();
        Summary s = CheckSession.builder(new WithCoverage(ReportFormat.JSON.writer(out, false, checker.rules()), t.coverage()))
                .checker(checker).build().run(List.of(har.toString()));
        JsonNode report = new ObjectMapper().readTree(out.toString());
        List<String> found = new ArrayList<>();
        for (JsonNode r : report.get("results")) {
            for (JsonNode f : r.get("findings")) {
                if (f.get("rule").asText().contains("openapi")) {
                    found.add(r.get("method").asText() + " " + r.get("url").asText() + " " + f.get("rule").asText()
                            + ": " + f.get("detail").asText());
                }
            }
        }
        assertThat(found).containsExactly(
                "GET https://api.example.com/v1/pets/2 status-not-in-openapi: 403 to GET /pets/{id}; it declares 200, 404, 500",
                "DELETE https://api.example.com/v1/pets/1 operation-not-in-openapi: /pets/{id} is described for GET, not DELETE",
                "GET https://api.example.com/v1/owners operation-not-in-openapi: no path of the description matches GET https://api.example.com/v1/owners");
        assertThat(s.remarks()).containsExactly(
                "openapi api.yaml: 3 of 4 operations seen in 4 exchanges; 1 outside its servers, 2 not described",
                "  declared, never observed (operations seen):",
                "    POST /pets: 201",
                "    GET /pets/{id}: 404, 500",
                "  operations never called: 1 (GET /pets)");
        assertThat(report.get("summary").get("remarks")).hasSize(5);
    }

    @Test
    void sarifListsTheOpenapiRulesToo(@TempDir Path dir) throws Exception {
        Path har = dir.resolve("t.har");
        Files.writeString(har, har(new String[] {"GET", "https://api.example.com/v1/pets/2", "403"}));
        TrafficRules t = TrafficRules.of(api(), List.of());
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.addAll(t.rules());
        StringWriter out = new StringWriter();
        CheckSession.builder(ReportFormat.SARIF.writer(out, false, rules)).checker(Checker.of(rules)).build().run(List.of(har.toString()));
        JsonNode run = new ObjectMapper().readTree(out.toString()).get("runs").get(0);
        boolean listed = false;
        for (JsonNode r : run.get("tool").get("driver").get("rules")) {
            listed |= r.get("id").asText().equals(TrafficRules.UNDECLARED_STATUS);
        }
        assertThat(listed).isTrue();
        assertThat(run.get("results").findValuesAsText("ruleId")).contains(TrafficRules.UNDECLARED_STATUS);
    }

    /** A HAR with one entry per {method, url, status}. */
    static String har(String[]... entries) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        ArrayNode es = root.putObject("log").put("version", "1.2").putArray("entries");
        for (String[] e : entries) {
            ObjectNode x = es.addObject();
            x.put("startedDateTime", "2026-11-20T10:00:00.000Z").put("time", 1);
            ObjectNode req = x.putObject("request");
            req.put("method", e[0]).put("url", e[1]).put("httpVersion", "HTTP/1.1");
            req.putArray("headers");
            ObjectNode res = x.putObject("response");
            res.put("status", Integer.parseInt(e[2])).put("statusText", "").put("httpVersion", "HTTP/1.1");
            res.putArray("headers").addObject().put("name", "Date").put("value", "Fri, 20 Nov 2026 10:00:00 GMT");
            res.putObject("content").put("size", 0).put("mimeType", "");
        }
        return m.writeValueAsString(root);
    }
}
