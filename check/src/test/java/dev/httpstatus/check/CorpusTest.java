package dev.httpstatus.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.check.input.BadInputException;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checker on 72 real HAR files from over 25 recording tools and 30 public projects nobody here wrote
 * (src/test/resources/captures, sources and licences in SOURCES.tsv). Every error and warning it raises
 * there is listed below with the reason it is a real defect of the response; anything else is a false
 * alarm and fails this test.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/captures");

    /** file | entry | rule — why the response really breaks the rule. */
    private static final String EXPECTED = """
            coach/compressAssets2-401-excerpt.har | 0 | 401-without-www-authenticate
                — lansstyrelsen.se answers 401 with no challenge at all (RFC 9110 §15.5.2 MUST)
            harviewer/google.com.har | 3 | content-length-in-1xx-or-204
                — clients1.google.cz/generate_204 sends Content-Length: 0 with its 204 (RFC 9110 §8.6 MUST NOT)
            pagexray/www.nytimes.com-101-204-excerpt.har | 1 | content-length-in-1xx-or-204
                — a scorecardresearch 204 with Content-Length: 0 (RFC 9110 §8.6 MUST NOT)
            har-to-openapi/no-success-status.har | 0 | 2xx-4xx-without-date
                — the recorded 404 carries no Date; the fixture's author trimmed it, but as sent it breaks §6.6.1
            playwright/har-fulfill.har | 0 | 2xx-4xx-without-date
                — Playwright's fixture responses (route.fulfill, host no.playwright) carry no Date
            playwright/har-fulfill.har | 1 | 2xx-4xx-without-date
                — as entry 0
            playwright/har-fulfill.har | 2 | 2xx-4xx-without-date
                — as entry 0
            playwright/har-fulfill.har | 3 | 2xx-4xx-without-date
                — as entry 0 (a 301)
            playwright/har-fulfill.har | 4 | 2xx-4xx-without-date
                — as entry 0
            playwright/har-sha1.har | 0 | 2xx-4xx-without-date
                — Playwright's fixture response carries no Date
            haralyzer/cnn.har | 56 | 2xx-4xx-without-date
                — hpr.outbrain.com answers 200 with no Date (RFC 9110 §6.6.1)
            haralyzer/cnn.har | 96 | 2xx-4xx-without-date
                — ping.chartbeat.net answers 200 with no Date
            haralyzer/cnn.har | 139 | http-date-invalid
                — t.co sends Date: … 03:15:49 UTC; an HTTP-date ends in GMT (RFC 9110 §5.6.7)
            haralyzer/cnn.har | 140 | http-date-invalid
                — as entry 139
            haralyzer/cnn.har | 142 | http-date-invalid
                — as entry 139
            hargo/golang.org.har | 29 | content-length-in-1xx-or-204
                — www.youtube.com/generate_204 sends Content-Length: 0 with its 204 (RFC 9110 §8.6 MUST NOT)
            httpolice/http2bin_edge.har | 4 | content-length-in-1xx-or-204
                — http2bin.org/status/204 sends content-length: 0 with its 204
            httpolice/http2bin_edge.har | 5 | 304-without-condition
                — http2bin.org/status/304 answers 304 to a GET that set no condition (RFC 9110 §15.4.5)
            httpolice/http2bin_firefox.har | 4 | content-length-in-1xx-or-204
                — as in the Edge capture of the same server
            httpolice/http2bin_firefox.har | 5 | 304-without-condition
                — as in the Edge capture of the same server
            httpolice/httpbin_fiddler+ie11.har | 4 | content-length-in-1xx-or-204
                — httpbin.org/status/204 sends Content-Length: 0 with its 204
            httpolice/httpbin_fiddler+ie11.har | 5 | 304-without-condition
                — httpbin.org/status/304 answers 304 to a GET that set no condition
            """;

    /**
     * Files a real tool wrote that the reader cannot read yet, with the reason. None now: WebPageTest's
     * "method": null and Polly.JS 1.x's header values as arrays are read.
     */
    private static final Set<String> UNREADABLE_FOR_NOW = Set.of();

    private static List<Path> hars() throws IOException {
        try (Stream<Path> s = Files.walk(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".har")).sorted().toList();
        }
    }

    private static String name(String file) {
        return CORPUS.relativize(Path.of(file)).toString().replace('\\', '/');
    }

    /** Records errors and warnings, unreadable inputs and the summary. */
    private static final class Seen implements ReportWriter {
        final Set<String> findings = new TreeSet<>();
        final Set<String> unreadable = new TreeSet<>();
        Summary summary;

        @Override
        public void begin() {}

        @Override
        public void exchange(Exchange x, List<Finding> list) {
            for (Finding f : list) {
                if (f.severity().isAtLeast(Severity.WARNING)) {
                    findings.add(name(x.source().file()) + " | " + x.source().entry() + " | " + f.rule().id());
                }
            }
        }

        @Override
        public void skipped(Skip skip) {}

        @Override
        public void badInput(BadInputException e) {
            unreadable.add(name(e.source().file()));
        }

        @Override
        public void end(Summary s) {
            summary = s;
        }
    }

    @Test
    void everyErrorAndWarningOnRealCapturesIsARealDefect() throws IOException {
        Seen seen = new Seen();
        List<String> inputs = hars().stream().map(Path::toString).toList();
        CheckSession.builder(seen).build().run(inputs);
        Set<String> expected = new TreeSet<>();
        for (String line : EXPECTED.strip().split("\n")) {
            if (!line.strip().startsWith("—")) {
                expected.add(line.strip());
            }
        }
        assertThat(seen.findings).containsExactlyElementsOf(expected);
        assertThat(seen.unreadable).isSubsetOf(UNREADABLE_FOR_NOW);
        assertThat(seen.summary.read()).as("entries read = checked + skipped").isGreaterThan(90);
    }

    @Test
    void everyCaptureHasItsSourceAndLicenceNoted() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("SOURCES.tsv"));
        Set<String> listed = lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("file\t"))
                .map(l -> l.split("\t")).peek(f -> assertThat(f[4]).as(f[0]).matches("MIT|Apache-2.0|BSD-3-Clause|ISC"))
                .map(f -> f[0]).collect(Collectors.toCollection(TreeSet::new));
        List<String> files = new ArrayList<>();
        for (Path p : hars()) {
            files.add(CORPUS.relativize(p).toString().replace('\\', '/'));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    }
}
