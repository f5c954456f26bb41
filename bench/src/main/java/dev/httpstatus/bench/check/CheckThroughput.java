package dev.httpstatus.bench.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.check.report.Summary;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The checker's throughput beside a bare Jackson streaming pass over the same HAR, in one JVM, rounds
 * alternating so that both meet the same page cache and JIT state.
 *
 * <pre>{@code
 * java -Xmx64m -cp bench/target/benchmarks.jar dev.httpstatus.bench.check.CheckThroughput bench/out/synthetic.har 3
 * }</pre>
 *
 * <p>The bare pass reads every token and nothing more; the check reads the HAR with the project's
 * reader, applies every rule and writes a JSON report to a discarding writer. Prints MB/s (10^6 bytes)
 * and entries/s for each, the median of the rounds, their ratio, and the peak heap used.
 * Arguments: the HAR file, measured rounds after one warm-up (default 3; 0 for the warm-up alone),
 * and "check" to run the check alone (for -Xmx runs).
 */
public final class CheckThroughput {

    private CheckThroughput() {}

    /** A bare pass: every token, no values. Returns the token count so the JIT cannot drop the loop. */
    static long barePass(Path file) throws IOException {
        long tokens = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** The full check with a JSON report to nowhere. */
    static Summary check(Path file) throws IOException {
        Writer nowhere = Writer.nullWriter();
        return CheckSession.builder(ReportFormat.JSON.writer(nowhere, false)).build().run(List.of(file.toString()));
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/out/synthetic.har");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean checkOnly = args.length > 2 && args[2].equals("check");
        long bytes = Files.size(file);
        double mb = bytes / 1e6;
        System.out.printf("file %s: %.1f MB; max heap %d MiB; %d round(s)%n", file, mb,
                Runtime.getRuntime().maxMemory() >> 20, rounds);

        // one warm-up round each, then rounds in which the two run back to back on the same load
        List<Double> bare = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Summary last = null;
        for (int r = 0; r <= rounds; r++) {
            String label = r == 0 ? "warm-up" : "round " + r;
            double b = 0;
            double bCpu = 0;
            if (!checkOnly) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long tokens = barePass(file);
                b = (System.nanoTime() - t0) / 1e9;
                bCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
                System.out.printf("%-8s bare Jackson pass: %.2f s (cpu %.2f s), %d tokens%n", label, b, bCpu, tokens);
            }
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = check(file);
            double c = (System.nanoTime() - t0) / 1e9;
            double cCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("%-8s full check:        %.2f s (cpu %.2f s), %s%n", label, c, cCpu, last);
            if (r > 0 || rounds == 0) {
                full.add(c);
                if (!checkOnly) {
                    bare.add(b);
                    ratios.add(b / c);
                    cpuRatios.add(bCpu / cCpu);
                }
            }
        }
        long entries = last.read();
        double checkS = median(full);
        System.out.printf("%nentries %d, with findings %d (%.1f%%), errors %d, warnings %d, info %d%n",
                entries, last.exchangesWithFindings(), 100.0 * last.exchangesWithFindings() / Math.max(1, last.checked()),
                last.count(Severity.ERROR), last.count(Severity.WARNING), last.count(Severity.INFO));
        System.out.printf("full check:        %7.1f MB/s  %9.0f entries/s  (median of %d)%n", mb / checkS, entries / checkS, full.size());
        if (!checkOnly) {
            double bareS = median(bare);
            System.out.printf("bare Jackson pass: %7.1f MB/s  %9.0f entries/s  (median of %d)%n", mb / bareS, entries / bareS, bare.size());
            System.out.printf("ratio check/bare:  %.0f %% wall clock (median of the rounds' ratios; each round %s)%n",
                    100 * median(ratios), ratios.stream().map(x -> String.format("%.0f%%", 100 * x)).toList());
            System.out.printf("                   %.0f %% thread CPU time (each round %s; GC threads not counted)%n",
                    100 * median(cpuRatios), cpuRatios.stream().map(x -> String.format("%.0f%%", 100 * x)).toList());
        }
        System.out.printf("peak heap used: %.1f MiB (sum of the heap pools' peaks, an upper bound)%n", peakHeap() / 1048576.0);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
