package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real captures from Chrome, Firefox, Safari, Charles, Insomnia and mitmproxy, read in place from the
 * shared folder (never copied here): every valid one is read with no finding, the broken ones fail
 * with a located message and exit code 2. Skipped when the folder is absent.
 */
class CapturesTest {

    /** The two files that are not HAR: invalid JSON, and JSON without "log". */
    private static final Set<String> BROKEN = Set.of("corrupted_har__brokenfile.har", "har_extractor.har");

    private static Path folder() {
        for (String p : List.of("../../shared/captures/mitmproxy", "../shared/captures/mitmproxy")) {
            Path d = Path.of(p);
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    /** Records what the session reports for one file. */
    private static final class Record implements ReportWriter {
        final List<Finding> findings = new ArrayList<>();
        final List<Skip> skips = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        int exchanges;

        @Override public void begin() {}
        @Override public void exchange(Exchange x, List<Finding> f) {
            exchanges++;
            findings.addAll(f);
        }
        @Override public void skipped(Skip s) {
            skips.add(s);
        }
        @Override public void badInput(BadInputException e) {
            errors.add(e.getMessage());
        }
        @Override public void end(Summary s) {}
    }

    @Test
    void everyCaptureIsReadWithoutFalseFindings() throws IOException {
        Path dir = folder();
        assumeTrue(dir != null, "../shared/captures/mitmproxy is absent: real-capture test skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".har")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(17);
        long skipped = 0;
        for (Path f : files) {
            Record r = new Record();
            Summary s = CheckSession.builder(r).build().run(List.of(f.toString()));
            String name = f.getFileName().toString();
            if (BROKEN.contains(name)) {
                assertThat(CheckSession.exitCode(s, Severity.ERROR)).as(name).isEqualTo(2);
                assertThat(r.errors).as(name).singleElement().asString()
                        .startsWith(f.toString()).contains("line ");
            } else {
                assertThat(r.errors).as(name).isEmpty();
                assertThat(r.findings).as(name + " findings").isEmpty();
                assertThat(s.read()).as(name).isEqualTo(s.checked() + s.skipped()).isPositive();
                assertThat(CheckSession.exitCode(s, Severity.INFO)).as(name).isZero();
                for (Skip k : r.skips) {
                    assertThat(k.reason()).as(name).startsWith("status 0");
                }
                skipped += r.skips.size();
            }
        }
        // the failed requests in error_log (1), incomplete_log (4) and chrome (1)
        assertThat(skipped).isEqualTo(6);
    }
}
