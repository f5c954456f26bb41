package dev.httpstatus.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs a test class through JUnit itself to see the server closed after it, and a wrong parameter type refused. */
class ServerLifecycleTest {

    static URI seen;

    @StatusServerTest
    static class Sample {
        @Test
        void uses(URI base) {
            seen = base;
        }
    }

    @StatusServerTest
    static class WrongParameter {
        @Test
        void wants(String notSupplied) {
            // never runs
        }
    }

    @Test
    void closedAfterTheClass() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(Sample.class)).execute()
                .testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(seen).isNotNull();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(seen.resolve("/200")).build(),
                HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void otherParameterTypesAreNotResolved() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(WrongParameter.class)).execute()
                .testEvents().assertStatistics(s -> s.failed(1))
                .failed().assertThatEvents().first()
                .satisfies(e -> assertThat(e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).orElseThrow())
                        .hasMessageContaining("No ParameterResolver registered for parameter [java.lang.String"));
    }
}
