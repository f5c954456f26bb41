package dev.httpstatus.spring;

import dev.httpstatus.Duty;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.FindingText;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The conformance check of one Spring test exchange, usable both as a MockMvc {@link ResultMatcher}
 * and as a {@code WebTestClient} body consumer; made by {@link HttpConformance#conformsToRfc()}.
 *
 * <pre>{@code
 * mockMvc.perform(post("/items")).andExpect(HttpConformance.conformsToRfc());
 * }</pre>
 *
 * <p>Immutable; one instance serves any number of tests.
 */
public final class RfcConformance implements ResultMatcher, Consumer<EntityExchangeResult<byte[]>> {

    /**
     * The rules a test without a server cannot judge: MockMvc and a WebTestClient bound to a
     * controller have no container, and it is the container that adds Date, so the duties about
     * Date would fire on every response.
     */
    private static final Checker CHECKER = withoutDutiesAbout("Date");

    static final RfcConformance ERROR = new RfcConformance(Severity.ERROR);
    private static final RfcConformance WARNING = new RfcConformance(Severity.WARNING);
    private static final RfcConformance INFO = new RfcConformance(Severity.INFO);

    private final Severity threshold;

    private RfcConformance(Severity threshold) {
        this.threshold = threshold;
    }

    private static Checker withoutDutiesAbout(String field) {
        Set<String> left = Duty.all().stream().filter(d -> d.field().filter(field::equalsIgnoreCase).isPresent())
                .map(Duty::id).collect(Collectors.toUnmodifiableSet());
        return Checker.of(Checker.standard().rules().stream().filter(r -> !left.contains(r.id())).toList());
    }

    static RfcConformance at(Severity threshold) {
        return switch (Objects.requireNonNull(threshold, "threshold")) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }

    /** The severity from which findings fail the test. */
    public Severity threshold() {
        return threshold;
    }

    /** Checks a MockMvc result. */
    @Override
    public void match(MvcResult result) {
        check(SpringExchanges.of(result));
    }

    /** Checks a {@code WebTestClient} exchange whose body was read as bytes. */
    @Override
    public void accept(EntityExchangeResult<byte[]> result) {
        check(SpringExchanges.of(result));
    }

    private void check(Exchange x) {
        List<Finding> found = FindingText.atLeast(CHECKER.check(x), threshold);
        if (!found.isEmpty()) {
            throw new AssertionError(FindingText.assertion(x, found, threshold));
        }
    }

    @Override
    public String toString() {
        return "conformsToRfc(" + threshold + ")";
    }
}
