package dev.httpstatus.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.ci.Baseline;
import dev.httpstatus.check.ci.Suppression;
import dev.httpstatus.check.ci.Suppressions;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.SetAside;
import dev.httpstatus.check.report.Summary;
import dev.httpstatus.check.rules.Rules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** --jobs: the same report, summary and exit code as a serial run, in input order, with bounded memory. */
class ParallelRunTest {

    @TempDir
    static Path dir;
    static List<String> inputs = new ArrayList<>();

    private static final String ENTRY = "{\"request\":{\"method\":\"%s\",\"url\":\"https://api.example%s\",\"httpVersion\":\"HTTP/1.1\","
            + "\"headers\":[]},\"response\":{\"status\":%d,\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\","
            + "\"headers\":[{\"name\":\"Date\",\"value\":\"Fri, 20 Nov 2026 10:00:00 GMT\"}]," 
            + "\"content\":{\"size\":%d,\"mimeType\":\"text/plain\"},\"bodySize\":%d}}";

    private static String entry(String method, String path, int status, int size) {
        return String.format(ENTRY, method, path, status, size, size);
    }

    /** Files of different sizes and contents, one unreadable and one raw HTTP, so that workers finish out of order. */
    @BeforeAll
    static void inputs() throws IOException {
        String[] methods = {"GET", "POST", "DELETE", "PUT"};
        int[] statuses = {200, 201, 405, 401, 204, 0, 404, 429};
        for (int f = 0; f < 24; f++) {
            List<String> entries = new ArrayList<>();
            int n = (f * 37) % 120 + 1;
            for (int e = 0; e < n; e++) {
                entries.add(entry(methods[(f + e) % 4], "/items/" + (e % 7) + "?page=" + e, statuses[(f * 3 + e) % 8], e % 3 * 10));
            }
            Path p = dir.resolve(String.format("capture-%02d.har", f));
            Files.writeString(p, "{\"log\":{\"version\":\"1.2\",\"entries\":[" + String.join(",", entries) + "]}}");
            inputs.add(p.toString());
        }
        Path broken = dir.resolve("capture-broken.har");
        Files.writeString(broken, "{\"log\":{\"entries\":[" + entry("GET", "/", 401, 0) + ",{\"response\":{\"status\":\"x\"}}]}}");
        inputs.add(7, broken.toString());
        Path raw = dir.resolve("dump.http");
        Files.writeString(raw, "GET /x HTTP/1.1\r\nHost: a\r\n\r\nHTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
        inputs.add(3, raw.toString());
        inputs.add(dir.resolve("missing.har").toString());
    }

    private static String run(ReportFormat format, int jobs, Triage triage, List<String> in) throws IOException {
        StringWriter out = new StringWriter();
        Summary s = CheckSession.builder(format.writer(out, false)).triage(triage).jobs(jobs).build().run(in);
        return out + "\n" + s + "\n" + CheckSession.exitCode(s, dev.httpstatus.check.model.Severity.WARNING);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatIsTheSameWithAnyNumberOfJobs(ReportFormat format) throws IOException {
        String serial = run(format, 1, Triage.none(), inputs);
        assertThat(serial).contains("405");
        for (int jobs : new int[] {2, 5, 64}) {
            assertThat(run(format, jobs, Triage.none(), inputs)).as("%d jobs", jobs).isEqualTo(serial);
        }
    }

    @Test
    void suppressionsAndBaselinesAreTheSameInParallel() throws IOException {
        Triage triage = Triage.of(Suppressions.disabling(List.of("error-without-explanation"), "--disable")
                .plus(Suppressions.of(List.of(Suppression.of("*").method("PUT").from("test")))),
                Baseline.of("check", List.of(new Baseline.Entry("405-without-allow", "DELETE /items/{id}?page 405"))));
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.SARIF)) {
            String serial = run(format, 1, triage, inputs);
            assertThat(serial).contains("suppressed").contains("in baseline");
            assertThat(run(format, 4, triage, inputs)).isEqualTo(serial);
        }
    }

    @Test
    void aBaselineRecordedInParallelIsTheSame() throws IOException {
        List<String> written = new ArrayList<>();
        for (int jobs : new int[] {1, 5}) {
            Baseline.Recorder r = Baseline.recorder("check");
            CheckSession.builder(ReportFormat.TEXT.writer(new StringWriter(), false))
                    .triage(Triage.acceptingAll(Suppressions.none())).recording(r).jobs(jobs).build().run(inputs);
            StringWriter out = new StringWriter();
            r.build().write(out);
            written.add(out.toString());
        }
        assertThat(written.get(0)).contains("405-without-allow").isEqualTo(written.get(1));
    }

    /** A rule that fails on one URL, as a bug would. */
    private static Checker failingOn(String path) {
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.add(Rule.of("test-bug", dev.httpstatus.check.model.Severity.INFO, dev.httpstatus.Reference.rfc(9110, "15"),
                "never", "never", (x, out) -> {
                    if (x.url().endsWith(path)) {
                        throw new IllegalStateException("bug at " + x.source());
                    }
                }));
        return Checker.of(rules);
    }

    @Test
    void aBugEndsTheRunAtTheSamePlaceAsSerially() throws IOException {
        Path bug = dir.resolve("z-bug.har");
        Files.writeString(bug, "{\"log\":{\"entries\":[" + entry("GET", "/ok", 401, 0) + "," + entry("GET", "/boom", 200, 0) + "]}}");
        List<String> in = new ArrayList<>(inputs.subList(0, 6));
        in.add(bug.toString());
        in.addAll(inputs.subList(6, 12));
        List<String> outputs = new ArrayList<>();
        for (int jobs : new int[] {1, 4}) {
            StringWriter out = new StringWriter();
            CheckSession s = CheckSession.builder(ReportFormat.TEXT.writer(out, false)).checker(failingOn("/boom")).jobs(jobs).build();
            assertThatThrownBy(() -> s.run(in)).isInstanceOf(IllegalStateException.class).hasMessageContaining("z-bug.har entry 1");
            outputs.add(out.toString());
        }
        assertThat(outputs.get(1)).isEqualTo(outputs.get(0)).contains("z-bug.har entry 0");
        assertNoWorkerLeft();
    }

    @Test
    void aReportThatCannotBeWrittenStopsTheWorkers() {
        AtomicInteger exchanges = new AtomicInteger();
        ReportWriter failing = new ReportWriter() {
            @Override
            public void begin() {}

            @Override
            public void exchange(Exchange x, List<Finding> findings) throws IOException {
                if (exchanges.incrementAndGet() == 50) {
                    throw new IOException("disk full");
                }
            }

            @Override
            public void skipped(Skip skip) {}

            @Override
            public void badInput(BadInputException e) {}

            @Override
            public void end(Summary summary) {}
        };
        assertThatThrownBy(() -> CheckSession.builder(failing).jobs(3).build().run(inputs))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertNoWorkerLeft();
    }

    private static void assertNoWorkerLeft() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && workers() > 0) {
            Thread.onSpinWait();
        }
        assertThat(workers()).as("worker threads still alive").isZero();
    }

    private static long workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("httpstatus-check-") && t.isAlive()).count();
    }

    @Test
    void atMostJobsInputsAreInFlight() {
        int jobs = 3;
        List<String> in = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            in.add("input-" + i);
        }
        AtomicInteger reported = new AtomicInteger(-1);
        List<String> problems = new CopyOnWriteArrayList<>();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        ParallelRun.Reader reader = (input, out, progress) -> {
            int i = Integer.parseInt(input.substring(6));
            if (i - reported.get() > jobs) {
                problems.add(input + " started while only input " + reported.get() + " was being reported");
            }
            for (int k = 0; k < 1 + i % 5; k++) {
                out.skipped(new Skip(Source.entry(input, k), "test: " + k));
            }
        };
        ParallelRun.Report report = new ParallelRun.Report() {
            @Override
            public void startInput(String input) {
                reported.set(Integer.parseInt(input.substring(6)));
            }

            @Override
            public void exchange(Exchange x, List<Finding> reportedFindings, List<SetAside> setAside) {}

            @Override
            public void skipped(Skip skip) {
                order.add(skip.source().toString());
            }

            @Override
            public void badInput(BadInputException e) {}
        };
        new ParallelRun(jobs, reader).run(in, report, null);
        assertThat(problems).isEmpty();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (int k = 0; k < 1 + i % 5; k++) {
                expected.add("input-" + i + " entry " + k);
            }
        }
        assertThat(order).isEqualTo(expected);
    }

    @Test
    void aChannelHoldsNoMoreThanItsBudgetYetPassesOneLargeEvent() throws Exception {
        InputChannel c = new InputChannel(20_000);
        Exchange x = X.of("GET", 200, "Content-Type: text/plain").url("https://a.example/" + "p".repeat(1000)).build();
        long cost = InputChannel.cost(x);
        assertThat(cost).isGreaterThan(2000);
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                c.exchange(x, List.of(), List.of());
            }
            Exchange huge = X.of("GET", 200).url("https://a.example/" + "h".repeat(50_000)).build();
            c.exchange(huge, List.of(), List.of()); // over budget alone: passes once the channel is empty
            c.end();
        });
        producer.start();
        long most = 0;
        int taken = 0;
        while (true) {
            most = Math.max(most, c.held());
            InputChannel.Event e = c.take(1000);
            assertThat(e).as("the producer never deadlocks").isNotNull();
            if (e instanceof InputChannel.End) {
                break;
            }
            taken++;
            if (taken % 50 == 0) {
                Thread.sleep(5); // a slow report: the producer must wait, not pile up
            }
        }
        producer.join(5000);
        assertThat(taken).isEqualTo(501);
        assertThat(most).isLessThanOrEqualTo(20_000 + InputChannel.cost(
                X.of("GET", 200).url("https://a.example/" + "h".repeat(50_000)).build()));
        assertThat(most).as("the producer did run ahead").isGreaterThan(cost);
    }

    @Test
    void cancellingReleasesAWaitingProducer() throws Exception {
        InputChannel c = new InputChannel(1000);
        Exchange x = X.of("GET", 200).url("https://a.example/" + "p".repeat(1000)).build();
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 10; i++) {
                    c.exchange(x, List.of(), List.of());
                }
            } catch (Throwable t) {
                thrown.add(t);
            }
        });
        producer.start();
        while (c.held() == 0) {
            Thread.onSpinWait();
        }
        c.cancel();
        producer.join(5000);
        assertThat(producer.isAlive()).isFalse();
        assertThat(thrown).singleElement().isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}
