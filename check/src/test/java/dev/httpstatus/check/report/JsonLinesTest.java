package dev.httpstatus.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.check.CaptureMemory;
import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.input.ExchangeSink;
import dev.httpstatus.check.input.HarReader;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An NDJSON line is exactly the JSON report's element for the same result. */
class JsonLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void linesAreTheReportsResults(@TempDir Path dir) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (String name : List.of("session.har", "violations.har")) {
            try (InputStream in = JsonLinesTest.class.getResourceAsStream("/har/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
            inputs.add(dir.resolve(name).toString());
        }
        StringWriter report = new StringWriter();
        CheckSession.builder(ReportFormat.JSON.writer(report, false)).build().run(inputs);
        List<JsonNode> expected = new ArrayList<>();
        JSON.readTree(report.toString()).path("results").forEach(expected::add);

        List<JsonNode> lines = new ArrayList<>();
        for (String input : inputs) {
            CaptureMemory memory = new CaptureMemory();
            try (InputStream in = Files.newInputStream(Path.of(input))) {
                HarReader.read(in, input, new ExchangeSink() {
                    @Override
                    public void exchange(Exchange x) {
                        List<Finding> f = Checker.standard().check(memory.see(x));
                        if (!f.isEmpty() || !x.notes().isEmpty()) {
                            lines.add(parse(JsonLines.exchange(x, f)));
                        }
                    }

                    @Override
                    public void skipped(Skip s) {
                        lines.add(parse(JsonLines.skipped(s)));
                    }
                });
            }
        }
        assertThat(lines).isEqualTo(expected).hasSizeGreaterThan(5);
    }

    @Test
    void anErrorLineCarriesTheLocatedMessage() {
        BadInputException e = null;
        try {
            HarReader.read(new ByteArrayInputStream("{\"log\": {\"entries\": [".getBytes(StandardCharsets.UTF_8)),
                    "cut.har", new ExchangeSink() {
                        @Override
                        public void exchange(Exchange x) {}

                        @Override
                        public void skipped(Skip s) {}
                    });
        } catch (BadInputException bad) {
            e = bad;
        } catch (IOException io) {
            throw new AssertionError(io);
        }
        assertThat(e).isNotNull();
        String line = JsonLines.error(e.source(), e.getMessage());
        assertThat(line).doesNotContain("\n").startsWith("{\"kind\":\"error\",\"source\":{\"file\":\"cut.har\"");
        assertThat(parse(line).path("message").asText()).isEqualTo(e.getMessage()).contains("truncated");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
