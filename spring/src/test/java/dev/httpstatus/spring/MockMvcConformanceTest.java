package dev.httpstatus.spring;

import static dev.httpstatus.spring.HttpConformance.conformsToRfc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Real Spring MVC (DispatcherServlet, handler mapping, message converters) under MockMvc. */
class MockMvcConformanceTest {

    private final MockMvc broken = MockMvcBuilders.standaloneSetup(new ItemsControllers.WithoutAllow()).build();
    private final MockMvc fixed = MockMvcBuilders.standaloneSetup(new ItemsControllers.WithAllow()).build();

    @Test
    void a405WithoutAllowFails() {
        assertThatThrownBy(() -> broken.perform(delete("/items/7")).andExpect(conformsToRfc()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the exchange to conform to the RFCs, but DELETE http://localhost/items/7 → 405"
                        + " breaks 1 rule at severity error:\n"
                        + "  error    405-without-allow  405 response without Allow  (RFC 9110 §15.5.6)\n"
                        + "             fix: Send Allow: GET, HEAD (always: the methods the target resource supports).");
    }

    @Test
    void theFixedControllerPasses() throws Exception {
        fixed.perform(delete("/items/7")).andExpect(status().isMethodNotAllowed()).andExpect(conformsToRfc(Severity.WARNING));
        fixed.perform(get("/items/7")).andExpect(status().isOk()).andExpect(conformsToRfc(Severity.WARNING));
    }

    @Test
    void springsOwn405CarriesAllow() throws Exception {
        // No PUT mapping: DispatcherServlet answers 405 itself, and lists the methods it has.
        broken.perform(put("/items/7")).andExpect(status().isMethodNotAllowed()).andExpect(conformsToRfc(Severity.WARNING));
    }

    @Test
    void theExchangeIsWhatMockMvcSaw() throws Exception {
        Exchange x = SpringExchanges.of(fixed.perform(delete("/items/7?force=true").header("Accept", "text/plain")).andReturn());
        assertThat(x.methodText()).isEqualTo("DELETE");
        assertThat(x.url()).isEqualTo("http://localhost/items/7?force=true");
        assertThat(x.status()).isEqualTo(405);
        assertThat(x.request().first("accept")).contains("text/plain");
        assertThat(x.response().first("Allow")).contains("GET");
        assertThat(x.bodyLength()).isEqualTo("items cannot be deleted".length());
        assertThat(x.body()).contains("items cannot be deleted");
    }

    @Test
    void theThresholdIsKept() {
        assertThat(conformsToRfc()).hasToString("conformsToRfc(ERROR)");
        assertThat(conformsToRfc(Severity.INFO).threshold()).isEqualTo(Severity.INFO);
    }
}
