package dev.httpstatus.check.report;

import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The human-readable report: each exchange with findings or notes, its findings beneath it, skipped
 * entries and unreadable inputs in place, and a summary line.
 *
 * <pre>
 * session.har entry 4 (line 212)  GET https://example.com/account → 401
 *   error    401-without-www-authenticate  401 response without WWW-Authenticate  RFC 9110 §15.5.2
 *            fix: Send at least one challenge, …
 *
 * 1 input, 12 entries read: 11 checked, 1 skipped (1 status 0); 1 error, 0 warnings, 0 info
 * </pre>
 */
final class TextReport implements ReportWriter {

    private final PrintWriter out;
    private final Ansi a;

    TextReport(Writer writer, boolean color) {
        this.out = writer instanceof PrintWriter pw ? pw : new PrintWriter(writer);
        this.a = new Ansi(color);
    }

    @Override
    public void begin() {
        // nothing before the first exchange
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings) {
        if (findings.isEmpty() && x.notes().isEmpty()) {
            return;
        }
        out.print(a.bold(where(x)));
        out.print("  ");
        out.print(x.methodText().isEmpty() ? "" : x.methodText() + " ");
        out.print(x.url().isEmpty() ? "" : x.url() + " ");
        out.print("→ " + x.status() + (x.reasonPhrase().isEmpty() ? "" : " " + x.reasonPhrase()));
        out.println();
        for (Finding f : findings) {
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
        for (String n : x.notes()) {
            out.print("  ");
            out.print(a.dim(String.format("%-8s", "note")));
            out.println(n);
        }
        out.println();
    }

    private static String where(Exchange x) {
        String s = x.source().toString();
        if (x.source().entry() >= 0 && x.source().line() > 0) {
            s += " (line " + x.source().line() + ")";
        }
        return s;
    }

    @Override
    public void skipped(Skip skip) {
        out.print(a.bold(skip.source().toString()));
        out.print("  ");
        out.println(a.dim("skipped: " + skip.reason()));
        out.println();
    }

    @Override
    public void badInput(BadInputException e) {
        out.print(a.severity(dev.httpstatus.check.model.Severity.ERROR, "bad input"));
        out.print("  ");
        out.println(e.getMessage());
        out.println();
    }

    @Override
    public void end(Summary summary) {
        for (String r : summary.remarks()) {
            out.println(r);
        }
        String line = summary.toString();
        out.println(summary.hasFindingsAtLeast(dev.httpstatus.check.model.Severity.INFO) || summary.badInputs() > 0
                ? a.bold(line) : a.green(line));
        out.flush();
    }
}
