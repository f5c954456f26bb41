package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.Advisor;
import dev.httpstatus.Method;
import dev.httpstatus.json.AdviceJson;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/advise} answers as {@code httpstatus advise --json} does; the page carries the advisor box. */
class AdviseApiTest {

    static StatusServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = StatusServer.start(ServerConfig.defaults().withPort(0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void answersWithTheSameJsonAsTheCli() {
        HttpResponse<String> r = http.get("/api/advise?q=" + q("the user is not logged in"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var advice = Advisor.advise("the user is not logged in");
        assertThat(r.body()).isEqualTo(AdviceJson.toJson(advice.subList(0, Math.min(3, advice.size()))));
        assertThat(r.body()).startsWith("[{\"code\":401,\"phrase\":\"Unauthorized\",\"why\":");
    }

    @Test
    void theMethodAndTheLimitApply() {
        String post = http.get("/api/advise?method=post&limit=1&q=" + q("resource already exists")).body();
        assertThat(post).isEqualTo(AdviceJson.toJson(
                Advisor.advise("resource already exists", Optional.of(Method.POST)).subList(0, 1)));
        assertThat(post).startsWith("[{\"code\":409,");
        assertThat(http.get("/api/advise?method=GET&q=" + q("the resource was created")).body())
                .doesNotContain("\"code\":201");
        assertThat(http.get("/api/advise?q=qqqq+zzzz").body()).isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?q=", "?q=%20", "?q=x&method=P%20U", "?q=x&limit=-1", "?q=x&limit=many", "?q=x&x=1"})
    void badQuestionsAre400ProblemsNamingTheParameter(String query) {
        HttpResponse<String> r = http.get("/api/advise" + query);
        assertThat(r.statusCode()).as(query).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"parameter\":");
    }

    @Test
    void aQuestionTooLongIs400() {
        HttpResponse<String> r = http.get("/api/advise?q=" + "x".repeat(600));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("at most 500 characters");
    }

    @Test
    void theTreeIsOneDocument() {
        HttpResponse<String> r = http.get("/api/advise/tree");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(AdviceJson.treeJson())
                .startsWith("{\"first\":\"intact\",\"questions\":{\"intact\":{\"text\":\"Did the request arrive intact?\"")
                .contains("\"advice\":{\"code\":401,");
    }

    @Test
    void onlyReadsLikeTheRestOfTheApi() {
        HttpResponse<String> r = http.method("POST", "/api/advise?q=x");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    }

    @Test
    void thePageCarriesTheAdvisorBox() {
        String page = http.get("/").body();
        assertThat(page).contains("<section id=\"advisor\"").contains("<script src=\"/advise.js\" defer>")
                .contains("href=\"/advise.css\"");
        HttpResponse<String> js = http.get("/advise.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(js.body()).contains("/api/advise?").contains("/api/advise/tree").doesNotContain("innerHTML");
        assertThat(http.get("/advise.css").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    }
}
