package dev.httpstatus.openapi.report;

import static dev.httpstatus.check.report.XmlText.attr;
import static dev.httpstatus.check.report.XmlText.text;

import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test reports: a testsuite per description, a testcase per operation (named
 * "GET /pets"), a failure per finding that concerns it (a shared component's finding fails every
 * operation that uses it), a testcase "description" for findings that concern no operation, and an
 * error testcase per description that could not be read. A description's findings are in memory
 * already, so the suites are built as strings.
 */
final class LintJunitReport implements LintReportWriter {

    private final Writer out;
    private final StringBuilder suites = new StringBuilder();
    private long tests;
    private long failures;
    private long errors;

    LintJunitReport(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
        // counts come first in the XML: written at the end
    }

    @Override
    public void description(LintResult r) {
        String file = r.description().file();
        Map<String, List<LintFinding>> byOp = new LinkedHashMap<>();
        for (ApiOperation op : r.description().operations()) {
            byOp.put(op.label(), new ArrayList<>());
        }
        for (ApiOperation op : r.description().outgoing()) {
            byOp.put(op.label(), new ArrayList<>());
        }
        List<LintFinding> general = new ArrayList<>();
        for (LintFinding f : r.findings()) {
            if (f.operations().isEmpty()) {
                general.add(f);
            }
            for (String op : f.operations()) {
                byOp.computeIfAbsent(op, k -> new ArrayList<>()).add(f);
            }
        }
        if (!general.isEmpty()) {
            byOp.put("description", general);
        }
        long suiteFailures = byOp.values().stream().filter(l -> !l.isEmpty()).count();
        suites.append("  <testsuite name=\"").append(attr(file)).append("\" tests=\"").append(byOp.size())
                .append("\" failures=\"").append(suiteFailures).append("\" errors=\"0\" skipped=\"0\">\n");
        for (Map.Entry<String, List<LintFinding>> e : byOp.entrySet()) {
            suites.append("    <testcase classname=\"").append(attr(file)).append("\" name=\"").append(attr(e.getKey())).append('"');
            if (e.getValue().isEmpty()) {
                suites.append("/>\n");
                continue;
            }
            suites.append(">\n");
            for (LintFinding f : e.getValue()) {
                suites.append("      <failure type=\"").append(attr(f.rule().id())).append("\" message=\"")
                        .append(attr(f.message())).append("\">")
                        .append(text(f.severity().label() + " " + f.rule().id() + " at " + f.file() + ":"
                                + f.position().line() + ":" + f.position().column() + " (" + f.pointer() + "): "
                                + f.message() + " (" + f.rule().reference() + ")\nfix: " + f.rule().fix()))
                        .append("</failure>\n");
            }
            suites.append("    </testcase>\n");
        }
        suites.append("  </testsuite>\n");
        tests += byOp.size();
        failures += suiteFailures;
    }

    @Override
    public void badInput(String file, List<String> problems) {
        suites.append("  <testsuite name=\"").append(attr(file)).append("\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n")
                .append("    <testcase classname=\"").append(attr(file)).append("\" name=\"read ").append(attr(file))
                .append("\">\n      <error type=\"bad-input\" message=\"").append(attr(problems.get(0))).append("\">")
                .append(text(String.join("\n", problems))).append("</error>\n    </testcase>\n  </testsuite>\n");
        tests++;
        errors++;
    }

    @Override
    public void end(LintSummary summary) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"httpstatus lint\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\" skipped=\"0\">\n");
        out.write(suites.toString());
        out.write("</testsuites>\n");
        out.flush();
    }
}
