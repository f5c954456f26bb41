package dev.httpstatus.check.report;

import static dev.httpstatus.check.report.XmlText.attr;
import static dev.httpstatus.check.report.XmlText.text;

import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JUnit XML for CI test reports: a testsuite per input, a testcase per exchange (named by its
 * position, method, URL and status), a failure per finding, a skipped testcase per skipped entry and
 * an error testcase per unreadable input.
 *
 * <pre>{@code
 * <testsuites name="httpstatus check" tests="3" failures="1" errors="0" skipped="1">
 *   <testsuite name="a.har" tests="3" failures="1" errors="0" skipped="1">
 *     <testcase classname="a.har" name="entry 0: GET https://example.com/ → 200"/>
 *     <testcase classname="a.har" name="entry 1: GET https://example.com/x → 401">
 *       <failure type="401-without-www-authenticate" message="401 response without WWW-Authenticate">…</failure>
 *     </testcase>
 *   …
 * }</pre>
 *
 * <p>Suite counts come first in the XML, so each suite's testcases are spooled to a temporary file
 * until the suite ends; memory stays constant for any input size.
 */
final class JunitReport implements ReportWriter {

    private final Writer out;
    private final Path spool;
    private Writer suite;
    private String suiteName;
    private long tests;
    private long failures;
    private long errors;
    private long skipped;
    private long totalTests;
    private long totalFailures;
    private long totalErrors;
    private long totalSkipped;
    private final Path suitesSpool;
    private Writer suitesOut;

    JunitReport(Writer out) {
        this.out = out;
        try {
            this.spool = Files.createTempFile("httpstatus-junit-case", ".xml");
            this.suitesSpool = Files.createTempFile("httpstatus-junit-suite", ".xml");
            spool.toFile().deleteOnExit();
            suitesSpool.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the JUnit report", e);
        }
    }

    @Override
    public void begin() throws IOException {
        suitesOut = Files.newBufferedWriter(suitesSpool, StandardCharsets.UTF_8);
    }

    @Override
    public void input(String name) throws IOException {
        closeSuite();
        suiteName = name;
        suite = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        tests = failures = errors = skipped = 0;
    }

    private void closeSuite() throws IOException {
        if (suite == null) {
            return;
        }
        suite.close();
        suitesOut.write("  <testsuite name=\"" + attr(suiteName) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\">\n");
        try (Reader r = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            r.transferTo(suitesOut);
        }
        suitesOut.write("  </testsuite>\n");
        totalTests += tests;
        totalFailures += failures;
        totalErrors += errors;
        totalSkipped += skipped;
        suite = null;
    }

    private void ensureSuite(String file) throws IOException {
        if (suite == null) {
            input(file);
        }
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings) throws IOException {
        ensureSuite(x.source().file());
        tests++;
        String name = position(x.source().position()) + x.methodText() + " " + x.url() + " → " + x.status();
        suite.write("    <testcase classname=\"" + attr(x.source().file()) + "\" name=\"" + attr(name.trim()) + "\"");
        if (findings.isEmpty()) {
            suite.write("/>\n");
            return;
        }
        failures++;
        suite.write(">\n");
        for (Finding f : findings) {
            suite.write("      <failure type=\"" + attr(f.rule().id()) + "\" message=\"" + attr(f.message()) + "\">"
                    + text(f.severity().label() + " " + f.rule().id() + ": " + f.message() + " (" + f.rule().reference()
                    + ")\nfix: " + f.rule().fix()) + "</failure>\n");
        }
        suite.write("    </testcase>\n");
    }

    private static String position(String p) {
        return p.isEmpty() ? "" : p + ": ";
    }

    @Override
    public void skipped(Skip skip) throws IOException {
        ensureSuite(skip.source().file());
        tests++;
        skipped++;
        suite.write("    <testcase classname=\"" + attr(skip.source().file()) + "\" name=\""
                + attr(skip.source().position().isEmpty() ? skip.source().file() : skip.source().position())
                + "\">\n      <skipped message=\"" + attr(skip.reason()) + "\"/>\n    </testcase>\n");
    }

    @Override
    public void badInput(BadInputException e) throws IOException {
        ensureSuite(e.source().file());
        tests++;
        errors++;
        suite.write("    <testcase classname=\"" + attr(e.source().file()) + "\" name=\"read "
                + attr(e.source().file()) + "\">\n      <error type=\"bad-input\" message=\"" + attr(e.getMessage())
                + "\"/>\n    </testcase>\n");
    }

    @Override
    public void end(Summary summary) throws IOException {
        closeSuite();
        suitesOut.close();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"httpstatus check\" tests=\"" + totalTests + "\" failures=\"" + totalFailures
                + "\" errors=\"" + totalErrors + "\" skipped=\"" + totalSkipped + "\">\n");
        try (Reader r = Files.newBufferedReader(suitesSpool, StandardCharsets.UTF_8)) {
            r.transferTo(out);
        }
        out.write("</testsuites>\n");
        out.flush();
        Files.deleteIfExists(spool);
        Files.deleteIfExists(suitesSpool);
    }
}
