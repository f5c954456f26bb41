package dev.httpstatus.openapi.lint;

import static dev.httpstatus.openapi.Doc.content;
import static dev.httpstatus.openapi.Doc.headers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.Condition;
import dev.httpstatus.Duty;
import dev.httpstatus.Method;
import dev.httpstatus.StatusCode;
import dev.httpstatus.Subject;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.rules.Rules;
import dev.httpstatus.openapi.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every lint rule, both ways, on small crafted documents. */
class LintRulesTest {

    // ------------------------------------------------------------------ the declared code

    @Test
    void unregisteredCodeIsAWarningAndAVendorCodeInfo() throws Exception {
        assertThat(Doc.oas30().op("get", "/x").response("200").response("299").ids())
                .containsExactly("oas-unregistered-status-code");
        List<LintFinding> f = Doc.oas30().op("get", "/x").response("200")
                .response("499", r -> content(r, "application/problem+json", "object")).lint();
        assertThat(f).extracting(x -> x.rule().id()).containsExactly("oas-vendor-status-code");
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).detail()).contains("nginx");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("404", r -> content(r, "application/problem+json", "object")).ids())
                .isEmpty();
    }

    @Test
    void codesOutsideHttpAndMalformedKeysAreErrors() throws Exception {
        assertThat(Doc.oas30().op("get", "/x").response("200").response("600").ids()).containsExactly("oas-status-code-out-of-range");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("099").ids()).containsExactly("oas-status-code-out-of-range");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("20X").ids()).containsExactly("oas-invalid-response-key");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("4xx", r -> content(r, "application/problem+json", "object")).ids())
                .containsExactly("oas-invalid-response-key");
        assertThat(Doc.oas30().op("get", "/x").response("2XX").response("4XX", r -> content(r, "application/problem+json", "object")).ids())
                .isEmpty();
    }

    @Test
    void deprecatedReservedAndObsoletedCodes() throws Exception {
        assertThat(Doc.oas30().op("get", "/x").response("200").response("305", r -> headers(r, "Location")).ids())
                .containsExactly("oas-deprecated-status-code");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("306").ids()).containsExactly("oas-reserved-status-code");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("418", r -> content(r, "application/problem+json", "object")).ids())
                .containsExactly("oas-reserved-status-code");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("510", r -> content(r, "application/problem+json", "object")).ids())
                .containsExactly("oas-obsoleted-status-code");
    }

    @Test
    void registryRulesMirrorTheCheckersSeverityAndReference() {
        for (LintRule r : LintRules.all()) {
            if (!r.checkerRule().isEmpty() && Rules.byId(r.checkerRule()).isPresent()) {
                var c = Rules.byId(r.checkerRule()).get();
                assertThat(r.severity()).as(r.id()).isEqualTo(c.severity());
                assertThat(r.reference()).as(r.id()).isEqualTo(c.reference());
                assertThat(r.id()).isEqualTo("oas-" + c.id());
            }
        }
    }

    // ------------------------------------------------------------------ header duties, headline cases

    @Test
    void a401WithoutWwwAuthenticateIsAnErrorAtTheResponsesLine() throws Exception {
        Doc bad = Doc.oas30().op("get", "/pets").response("200").response("401", r -> content(r, "application/problem+json", "object"));
        List<LintFinding> f = bad.lint();
        assertThat(f).extracting(x -> x.rule().id()).containsExactly("oas-401-without-www-authenticate");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(0).pointer().toString()).isEqualTo("/paths/~1pets/get/responses/401");
        int line = bad.text().lines().toList().indexOf(bad.text().lines().filter(l -> l.contains("\"401\"")).findFirst().orElseThrow()) + 1;
        assertThat(f.get(0).position().line()).isEqualTo(line);
        assertThat(Doc.oas30().op("get", "/pets").response("200").response("401", r -> {
            headers(r, "www-authenticate");
            content(r, "application/problem+json", "object");
        }).ids()).isEmpty();
    }

    @Test
    void a201WithoutLocationOnPostButNotOnPut() throws Exception {
        assertThat(Doc.oas30().op("post", "/pets").response("201").ids()).containsExactly("oas-201-without-location");
        assertThat(Doc.oas30().op("put", "/pets/{id}").response("201").ids()).isEmpty();
        assertThat(Doc.oas30().op("post", "/pets").response("201", r -> headers(r, "Location")).ids()).isEmpty();
    }

    @Test
    void retryAfterOn429And503IsAdviceOnly() throws Exception {
        List<LintFinding> f = Doc.oas30().op("get", "/x").response("200")
                .response("429", r -> content(r, "application/problem+json", "object")).lint();
        assertThat(f).extracting(x -> x.rule().id()).containsExactly("oas-429-without-retry-after");
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void sharedComponentsAreReportedOnceWhereTheyAreDefined() throws Exception {
        Doc d = Doc.oas30()
                .root(r -> r.with("components").with("responses").putObject("Unauthorized").put("description", "no")
                        .with("content").with("application/problem+json").with("schema").put("type", "object"))
                .op("get", "/a").response("200").response("401", r -> r.removeAll().put("$ref", "#/components/responses/Unauthorized"))
                .op("get", "/b").response("200").response("401", r -> r.removeAll().put("$ref", "#/components/responses/Unauthorized"));
        List<LintFinding> f = d.lint();
        assertThat(f).hasSize(1);
        assertThat(f.get(0).pointer().toString()).isEqualTo("/components/responses/Unauthorized");
        assertThat(f.get(0).operations()).containsExactly("GET /a", "GET /b");
        assertThat(f.get(0).key()).isEqualTo("oas-401-without-www-authenticate doc.json#/components/responses/Unauthorized");
    }

    // ------------------------------------------------------------------ every duty, both ways, from the catalog

    @TestFactory
    Stream<DynamicTest> everyDutyRuleBothWays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Duty d : Duty.all()) {
            if (!DutyLint.lintable(d)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(d.id(), () -> {
                String id = "oas-" + d.id();
                assertThat(LintRules.byId(id)).as("a rule for " + d.id()).isPresent();
                assertThat(dutyDoc(d, true).ids()).as("breaking " + d.id()).contains(id);
                assertThat(dutyDoc(d, false).ids()).as("keeping " + d.id()).doesNotContain(id);
            }));
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    /** A document with one response that breaks (or keeps) {@code d}. */
    private static Doc dutyDoc(Duty d, boolean breakIt) {
        String method = method(d);
        int code = 100;
        while (!d.appliesTo(StatusCode.of(code)) || !StatusCode.of(code).fitsMethod(Method.of(method.toUpperCase(Locale.ROOT)))) {
            code++;
        }
        Doc doc = Doc.oas30().op(method, "/x");
        if (d.condition().observability() == Condition.Observability.CAPTURE) {
            doc.response("200", r -> headers(r, d.field().orElseThrow()));
        }
        boolean content = d.subject() instanceof Subject.Content;
        boolean declare = content ? breakIt : d.level().forbids() == breakIt;
        return doc.response(Integer.toString(code), r -> {
            if (content && declare) {
                content(r, "application/json", "object");
            } else if (!content && declare) {
                headers(r, d.field().orElseThrow());
            }
        });
    }

    private static String method(Duty d) {
        if (d.condition() instanceof Condition.MethodIn m) {
            return m.methods().iterator().next().token().toLowerCase(Locale.ROOT);
        }
        return d.condition() instanceof Condition.Not n && n.condition() instanceof Condition.MethodIn ? "post" : "get";
    }

    @Test
    void dutiesLeftOutAreTheJudgementsTheGeneralFieldsAndConnect() {
        for (Duty d : Duty.all()) {
            boolean out = d.condition().observability() == Condition.Observability.NONE
                    || (d.isGeneral() && d.subject() instanceof Subject.Field)
                    || d.field().filter("Content-Type"::equals).isPresent()
                    || (d.condition() instanceof Condition.MethodIn m && m.methods().equals(java.util.Set.of(Method.CONNECT)));
            assertThat(DutyLint.lintable(d)).as(d.id()).isEqualTo(!out);
        }
        assertThat(LintRules.dutiesLeftOut()).anyMatch(s -> s.startsWith("413-without-retry-after: only the server knows"));
        assertThat(LintRules.dutiesLeftOut()).anyMatch(s -> s.startsWith("2xx-4xx-without-date"));
    }

    @Test
    void the304EtagDutyFollowsTheDeclared200() throws Exception {
        assertThat(Doc.oas30().op("get", "/x").response("200", r -> headers(r, "ETag")).response("304").ids())
                .containsExactly("oas-304-without-etag");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("304").ids()).isEmpty();
        assertThat(Doc.oas30().op("get", "/x").response("304").ids()).isEmpty();
    }

    // ------------------------------------------------------------------ content

    @Test
    void contentOnBodilessResponsesAndHead() throws Exception {
        assertThat(Doc.oas30().op("delete", "/x").response("204", r -> content(r, "application/json", "object")).ids())
                .containsExactly("oas-content-in-bodiless-response");
        assertThat(Doc.oas30().op("post", "/x").response("205", r -> content(r, "application/json", "object")).ids())
                .containsExactly("oas-content-in-205");
        assertThat(Doc.oas30().op("head", "/x").response("200", r -> content(r, "application/json", "object")).ids())
                .containsExactly("oas-content-in-head-response");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("1XX", r -> content(r, "text/plain", "string")).ids())
                .containsExactly("oas-content-in-bodiless-response");
        assertThat(Doc.oas30().op("delete", "/x").response("204").ids()).isEmpty();
        assertThat(Doc.oas30().op("head", "/x").response("200", r -> headers(r, "ETag")).ids()).isEmpty();
    }

    // ------------------------------------------------------------------ method fit

    @Test
    void codesThatDoNotFitTheMethod() throws Exception {
        List<LintFinding> f = Doc.oas30().op("post", "/x").response("200").response("206", r -> headers(r, "Content-Range")).lint();
        assertThat(f).extracting(x -> x.rule().id()).containsExactly("oas-status-does-not-fit-method");
        assertThat(f.get(0).detail()).startsWith("206 Partial Content to POST; it answers GET");
        assertThat(Doc.oas30().op("post", "/x").response("200").response("304").ids()).containsExactly("oas-status-does-not-fit-method");
        assertThat(Doc.oas30().op("get", "/x").response("201", r -> headers(r, "Location")).ids()).containsExactly("oas-status-does-not-fit-method");
        assertThat(Doc.oas30().op("get", "/x").response("206", r -> headers(r, "Content-Range")).ids()).isEmpty();
        assertThat(Doc.oas30().op("patch", "/x").response("201", r -> headers(r, "Location")).ids()).isEmpty();
    }

    @Test
    void notAllowedAndNotImplementedDeclaredForGet() throws Exception {
        String problem = "application/problem+json";
        assertThat(Doc.oas30().op("get", "/x").response("200").response("405", r -> { headers(r, "Allow"); content(r, problem, "object"); }).ids())
                .containsExactly("oas-405-to-get-or-head");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("501", r -> content(r, problem, "object")).ids())
                .containsExactly("oas-501-to-get-or-head");
        assertThat(Doc.oas30().op("post", "/x").response("200").response("501", r -> content(r, problem, "object")).ids()).isEmpty();
    }

    @Test
    void operationsWithoutSuccess() throws Exception {
        assertThat(Doc.oas30().op("get", "/x").response("default", r -> content(r, "application/json", "object")).ids())
                .containsExactly("oas-only-default-response");
        assertThat(Doc.oas30().op("get", "/x").response("404", r -> content(r, "application/problem+json", "object")).ids())
                .containsExactly("oas-no-success-response");
        assertThat(Doc.oas30().op("get", "/x").response("2XX").response("default").ids()).isEmpty();
        assertThat(Doc.oas30().op("get", "/x").response("101", r -> headers(r, "Upgrade", "Connection")).ids()).isEmpty();
        assertThat(Doc.oas30().op("get", "/x").response("302", r -> headers(r, "Location")).ids()).isEmpty();
    }

    // ------------------------------------------------------------------ errors and problem details

    @Test
    void errorsWithoutContentOrNotAsProblemDetails() throws Exception {
        assertThat(Doc.oas30().op("get", "/x").response("200").response("404").ids()).containsExactly("oas-error-without-explanation");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("404", r -> content(r, "application/json", "object")).ids())
                .containsExactly("oas-error-without-problem-json");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("5XX", r -> content(r, "text/plain", "string")).ids())
                .containsExactly("oas-error-without-problem-json");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("404", r -> {
            content(r, "application/json", "object");
            content(r, "application/problem+json", "object");
        }).ids()).isEmpty();
        assertThat(Doc.oas30().op("get", "/x").response("200").response("default", r -> content(r, "text/plain", "string")).ids()).isEmpty();
        assertThat(Doc.oas30().op("head", "/x").response("200").response("404").ids()).isEmpty();
    }

    @Test
    void problemSchemasMustBeShapedLikeProblems() throws Exception {
        assertThat(Doc.oas30().op("get", "/x").response("200").response("400", r -> content(r, "application/problem+json", "string")).lint())
                .extracting(LintFinding::message).containsExactly(
                        "application/problem+json schema is not shaped like problem details: the schema is string, not an object");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("400", r -> content(r, "application/problem+json", "object")
                .with("properties").putObject("status").put("type", "string")).lint())
                .extracting(LintFinding::detail).containsExactly("\"status\" is string, not integer or number");
        assertThat(Doc.oas30().op("get", "/x").response("200").response("400", r -> content(r, "application/problem+json", "object")
                .with("properties").putObject("code").put("type", "integer")).ids())
                .containsExactly("oas-problem-json-not-problem-shaped");
        assertThat(Doc.oas31().op("get", "/x").response("200").response("400", r -> {
            var props = content(r, "application/problem+json", "object").with("properties");
            props.putObject("status").putArray("type").add("integer").add("null");
            props.putObject("title").put("type", "string");
        }).ids()).isEmpty();
    }

    @Test
    void problemShapeFollowsRefsAndAllOf() throws Exception {
        Doc d = Doc.oas30()
                .root(r -> {
                    var schemas = r.with("components").with("schemas");
                    schemas.putObject("Base").put("type", "object").with("properties").putObject("title").put("type", "string");
                    var all = schemas.putObject("Err").putArray("allOf");
                    all.addObject().put("$ref", "#/components/schemas/Base");
                    all.addObject().put("type", "object").with("properties").putObject("code").put("type", "integer");
                })
                .op("get", "/x").response("200")
                .response("400", r -> r.with("content").with("application/problem+json").with("schema").put("$ref", "#/components/schemas/Err"));
        assertThat(d.ids()).isEmpty();
    }

    @Test
    void problemJsonOnASuccess() throws Exception {
        assertThat(Doc.oas30().op("get", "/x").response("200", r -> content(r, "application/problem+json", "object")).ids())
                .containsExactly("oas-problem-json-on-success");
    }

    @Test
    void disabledRulesAreNotReportedAndUnknownIdsAreRefused() throws Exception {
        var d = Doc.oas30().op("get", "/x").response("200").response("404").read();
        assertThat(Linter.standard().without(java.util.Set.of("oas-error-without-explanation")).lint(d).findings()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Linter.standard().without(java.util.Set.of("oas-nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oas-nope");
    }

    @Test
    void everyRuleIsCoveredByThisTest() throws Exception {
        // Each rule id appears in a test above, or is a duty rule (covered by everyDutyRuleBothWays).
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/java/dev/httpstatus/openapi/lint/LintRulesTest.java"));
        for (LintRule r : LintRules.all()) {
            boolean duty = Duty.all().stream().anyMatch(d -> r.id().equals("oas-" + d.id()));
            assertThat(duty || source.contains("\"" + r.id() + "\"")).as(r.id()).isTrue();
        }
    }
}
