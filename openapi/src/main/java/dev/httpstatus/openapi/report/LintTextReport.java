package dev.httpstatus.openapi.report;

import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.Ansi;
import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.LintResult;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The human-readable lint report: each place with findings as {@code file:line:column}, what it is
 * (an operation's response, or a shared component and who uses it), its findings beneath; then
 * each description's totals.
 *
 * <pre>
 * api.yaml:31:9  GET /pets/{id} → 401  (/paths/~1pets~1{id}/get/responses/401)
 *   error    oas-401-without-www-authenticate  401 response declares no WWW-Authenticate header  RFC 9110 §15.5.2
 *            fix: Declare WWW-Authenticate in the response's headers (…), e.g. WWW-Authenticate: Bearer realm="api".
 *
 * api.yaml: OpenAPI 3.0 (3.0.3), 4 operations, 12 responses; 1 error, 0 warnings, 0 info
 * </pre>
 */
final class LintTextReport implements LintReportWriter {

    private final PrintWriter out;
    private final Ansi a;
    private int described;

    LintTextReport(Writer writer, boolean color) {
        this.out = writer instanceof PrintWriter pw ? pw : new PrintWriter(writer);
        this.a = new Ansi(color);
    }

    @Override
    public void begin() {
        // nothing before the first description
    }

    @Override
    public void description(LintResult r) {
        described++;
        String lastPlace = null;
        for (LintFinding f : r.findings()) {
            String place = f.file() + ":" + f.position().line() + ":" + f.position().column();
            if (!place.equals(lastPlace)) {
                if (lastPlace != null) {
                    out.println();
                }
                out.print(a.bold(place));
                out.print("  ");
                out.print(what(f));
                out.println(a.dim("  (" + f.pointer() + ")"));
                lastPlace = place;
            }
            out.print("  ");
            out.print(a.severity(f.severity(), String.format("%-8s", f.severity().label())));
            out.print(f.rule().id());
            out.print("  ");
            out.print(f.message());
            out.print("  ");
            out.println(a.dim(f.rule().reference().toString()));
            out.print("          ");
            out.println(a.dim("fix: " + f.rule().fix()));
        }
        if (lastPlace != null) {
            out.println();
        }
        for (String n : r.description().notes()) {
            out.print(a.dim(String.format("%-10s", "note")));
            out.println(r.description().file() + ": " + n);
        }
        String line = r.toString();
        out.println(r.findings().isEmpty() ? a.green(line) : a.bold(line));
    }

    /** "GET /pets → 401", or for a shared component "used by GET /pets and 3 more operations". */
    static String what(LintFinding f) {
        List<String> segs = f.pointer().segments();
        boolean inPaths = !segs.isEmpty() && segs.get(0).equals("paths");
        if (inPaths && segs.size() >= 5 && segs.get(3).equals("responses")) {
            return f.operationsLabel() + " → " + segs.get(4);
        }
        if (inPaths) {
            return f.operationsLabel();
        }
        return f.operations().isEmpty() ? "" : "used by " + f.operationsLabel();
    }

    @Override
    public void badInput(String file, List<String> problems) {
        described++;
        for (String p : problems) {
            out.print(a.severity(Severity.ERROR, "bad input"));
            out.print("  ");
            out.println(p);
        }
    }

    @Override
    public void end(LintSummary summary) {
        if (described > 1 || summary.suppressedCount() > 0 || summary.inBaselineCount() > 0) {
            out.println(a.bold(summary.toString()));
        }
        out.flush();
    }
}
