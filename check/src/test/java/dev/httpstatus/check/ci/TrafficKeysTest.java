package dev.httpstatus.check.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Source;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TrafficKeysTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "GET    | https://api.example/items                          | 200 | GET /items 200",
        "GET    | https://api.example                                | 200 | GET / 200",
        "GET    | https://api.example?x=1                            | 200 | GET /?x 200",
        "DELETE | https://api.example/items/42?force=1&a=2#frag      | 405 | DELETE /items/{id}?a&force 405",
        "GET    | https://api.example/items?b=2&a=1&b=3&flag         | 200 | GET /items?a&b&flag 200",
        "GET    | https://api.example/u/3f2a9c1e-0b4d-4c8e-9a7f-1234567890ab/x | 200 | GET /u/{id}/x 200",
        "GET    | https://api.example/blob/0123456789abcdef0123      | 200 | GET /blob/{id} 200",
        "GET    | https://api.example/name/deadbeefdeadbeefcafe      | 200 | GET /name/deadbeefdeadbeefcafe 200",
        "GET    | https://api.example/v2/items                       | 200 | GET /v2/items 200",
        "GET    | https://api.example/a%20b/                         | 200 | GET /a%20b/ 200",
        "POST   | /raw/target?q=1                                    | 201 | POST /raw/target?q 201",
        "OPTIONS| *                                                  | 200 | OPTIONS * 200",
        "''     | ''                                                 | 200 | - - 200",
        "GET    | data:text/plain,hello                              | 200 | GET - 200",
    })
    void locationKeys(String method, String url, int status, String key) {
        assertThat(TrafficKeys.locationKey(method, url, status)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://API.Example:8443/x         | api.example",
        "http://user:pw@host.example/       | host.example",
        "http://[::1]:8080/x                | [::1]",
        "https://host.example?x=1           | host.example",
        "/relative                          | ''",
    })
    void hosts(String url, String host) {
        assertThat(TrafficKeys.host(url)).isEqualTo(host);
    }

    @Test
    void pathsKeepTheirEncodingAndLoseQueryAndFragment() {
        assertThat(TrafficKeys.path("https://h/a%2Fb/c?x#y")).isEqualTo("/a%2Fb/c");
        assertThat(TrafficKeys.path("https://h#y")).isEqualTo("/");
        assertThat(TrafficKeys.path("weird")).isEmpty();
    }

    private static Exchange exchange(String file, int entry, String url) {
        return Exchange.builder(Source.entry(file, entry, 10 + entry)).method("DELETE").url(url).status(405)
                .reasonPhrase("Method Not Allowed").responseVersion("HTTP/1.1").bodyLength(0).build();
    }

    @Test
    void aFreshCaptureOfTheSameTrafficHasTheSameFingerprints() {
        Exchange today = exchange("monday.har", 3, "https://api.example/items/17?force=1");
        Exchange tomorrow = exchange("captures/tuesday.har", 41, "https://api.example/items/18?force=0");
        List<Finding> a = Checker.standard().check(today);
        List<Finding> b = Checker.standard().check(tomorrow);
        assertThat(a).isNotEmpty().hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(TrafficKeys.fingerprint(b.get(i), tomorrow)).isEqualTo(TrafficKeys.fingerprint(a.get(i), today));
            assertThat(TrafficKeys.occurrence(a.get(i), today).fingerprint()).isEqualTo(TrafficKeys.fingerprint(a.get(i), today));
        }
        Exchange elsewhere = exchange("monday.har", 3, "https://api.example/orders/17?force=1");
        assertThat(TrafficKeys.fingerprint(a.get(0), elsewhere)).isNotEqualTo(TrafficKeys.fingerprint(a.get(0), today));
    }

    @Test
    void occurrencesCarryHostPathAndMethodForPatterns() {
        Exchange x = exchange("a.har", 0, "https://API.example/legacy/7?x=1");
        Finding f = Checker.standard().check(x).get(0);
        Occurrence o = TrafficKeys.occurrence(f, x);
        assertThat(o.host()).isEqualTo("api.example");
        assertThat(o.path()).isEqualTo("/legacy/7");
        assertThat(o.method()).isEqualTo("DELETE");
        assertThat(o.locationKey()).isEqualTo("DELETE /legacy/{id}?x 405");
        assertThat(o.rule()).isEqualTo(f.rule().id());
        assertThat(o.severity()).isEqualTo(f.severity());
    }
}
