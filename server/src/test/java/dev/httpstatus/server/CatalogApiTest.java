package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.json.StatusJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogApiTest {

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

    @Test
    void listsEveryKnownCodeInTheCardSchema() {
        HttpResponse<String> r = http.get("/api/codes");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        StringBuilder expected = new StringBuilder("[");
        for (StatusCode c : StatusCodes.known()) {
            expected.append(expected.length() > 1 ? "," : "").append(StatusJson.toJson(c));
        }
        assertThat(r.body()).isEqualTo(expected.append(']').toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4xx", "4", "client_error", "CLIENT_ERROR"})
    void filtersByClass(String filter) {
        String body = http.get("/api/codes?class=" + filter).body();
        long expected = StatusCodes.known().stream().filter(c -> c.statusClass() == StatusClass.CLIENT_ERROR).count();
        assertThat(body.split("\"code\":", -1)).hasSize((int) expected + 1);
        assertThat(body).contains("\"code\":404").doesNotContain("\"code\":500").doesNotContain("\"code\":200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10xx", "client", "", "4xx5xx", "x"})
    void badClassFilterIs400(String filter) {
        HttpResponse<String> r = http.get("/api/codes?class=" + filter);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(r.body()).contains("\"parameter\":\"class\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6xx", "7xx", "9", "6xx-9xx", "undefined"})
    void theUndefinedRangeAnswersToEachOfItsSpellings(String filter) {
        HttpResponse<String> r = http.get("/api/codes?class=" + filter);
        assertThat(r.statusCode()).as(filter).isEqualTo(200);
        assertThat(r.body()).contains("\"classLabel\":\"6xx-9xx\"").doesNotContain("\"code\":404");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"not fund,404", "moved temporarly,302", "unofficial,499", "teapott,418"})
    void pageAndSearchApiRankLikeTheCli(String query, int code) {
        String q = query.replace(" ", "%20");
        HttpResponse<String> api = http.get("/api/search?q=" + q);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).startsWith("[").contains(String.valueOf(code));
        assertThat(api.body()).as("the CLI's ranking").startsWith(dev.httpstatus.StatusCodes.search(query).isEmpty() ? "["
                : "[" + dev.httpstatus.StatusCodes.search(query).get(0).code());
        HttpResponse<String> page = http.get("/?q=" + q);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("id=\"" + code + "\"").contains("value=\"" + query + "\"");
    }

    @Test
    void thePageListsTheCatalogWithoutScripts() {
        String page = http.get("/").body();
        for (StatusCode c : StatusCodes.known()) {
            assertThat(page).contains("id=\"" + c.code() + "\"");
        }
        assertThat(page).contains("<link rel=\"icon\" href=\"/favicon.svg\"").contains("<form class=\"search\" action=\"/\"");
        assertThat(http.get("/favicon.svg").headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(http.get("/favicon.ico").statusCode()).isEqualTo(200);
        assertThat(http.get("/?q=%3Cscript%3E").body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void oneCodeIsItsCard() {
        HttpResponse<String> r = http.get("/api/codes/418");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(StatusJson.toJson(StatusCode.IM_A_TEAPOT));
        assertThat(http.get("/api/codes/499").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownCodeIs404AndJunkIs400() {
        HttpResponse<String> unknown = http.get("/api/codes/799");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(unknown.body()).contains("799");
        for (String junk : new String[] {"abc", "1000", "42"}) {
            HttpResponse<String> r = http.get("/api/codes/" + junk);
            assertThat(r.statusCode()).as(junk).isEqualTo(400);
            assertThat(r.body()).contains("\"value\":\"" + junk + "\"");
        }
    }

    @Test
    void apiIsReadOnly() {
        HttpResponse<String> r = http.method("POST", "/api/codes");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
        HttpResponse<String> options = http.method("OPTIONS", "/api/codes/404");
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }

    @Test
    void unknownParameterOnTheApiIs400() {
        assertThat(http.get("/api/codes?klass=4xx").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/codes/404?x=1").statusCode()).isEqualTo(400);
    }

    @Test
    void pageAndAssetsAreServedFromTheJar() {
        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script src=\"/app.js\"").doesNotContain("http://").doesNotContain("https://");
        assertThat(http.get("/app.js").headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(http.get("/app.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    }
}
