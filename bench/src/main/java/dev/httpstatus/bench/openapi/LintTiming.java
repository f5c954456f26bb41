package dev.httpstatus.bench.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.TreeReader;
import dev.httpstatus.openapi.lint.LintResult;
import dev.httpstatus.openapi.lint.LintRules;
import dev.httpstatus.openapi.lint.Linter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How long linting one large description takes in a fresh JVM: the first lint after start-up
 * (what a CLI run or a CI step pays: the description read as {@code LintRun} reads it, with the
 * rules made ready alongside, then linted), split into reading and rules; then the same again,
 * warm, a few times.
 *
 * <pre>
 * java -cp benchmarks.jar dev.httpstatus.bench.openapi.LintTiming api.json 5
 * java -cp benchmarks.jar dev.httpstatus.bench.openapi.LintTiming --to-yaml api.json api.yaml   # make a YAML copy
 * java -cp benchmarks.jar dev.httpstatus.bench.openapi.LintTiming --copy-paths 20 in.json out.json  # a bigger one
 * </pre>
 */
public final class LintTiming {

    private LintTiming() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--to-yaml")) {
            LoaderOptions big = new LoaderOptions();
            big.setCodePointLimit(Integer.MAX_VALUE);
            Object tree = new ObjectMapper().readTree(Path.of(args[1]).toFile());
            new YAMLMapper(YAMLFactory.builder().loaderOptions(big).build()).writeValue(Path.of(args[2]).toFile(), tree);
            return;
        }
        if (args.length == 4 && args[0].equals("--copy-paths")) {
            copyPaths(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        long jvmUp = ManagementFactory.getRuntimeMXBean().getUptime();
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("%s: %.1f MiB; JVM up %d ms before main%n", file.getFileName(), Files.size(file) / 1048576.0, jvmUp);

        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ApiDescription d = ApiDescription.read(file, LintRules::all);
        long t1 = System.nanoTime();
        LintResult r = Linter.standard().lint(d);
        long t2 = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        System.out.printf("first lint after start-up: %.0f ms (read and parse %.0f ms, rules %.0f ms; main thread CPU %.0f ms);"
                + " %d operations, %d findings%n",
                ms(t2 - t0), ms(t1 - t0), ms(t2 - t1), ms(cpu), d.operations().size(), r.findings().size());

        double[] tree = new double[rounds];
        double[] all = new double[rounds];
        double[] rules = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long a = System.nanoTime();
            TreeReader.read(file);
            long b = System.nanoTime();
            ApiDescription again = ApiDescription.read(file);
            long c = System.nanoTime();
            Linter.standard().lint(again);
            long e = System.nanoTime();
            tree[i] = ms(b - a);
            all[i] = ms(c - b) + ms(e - c);
            rules[i] = ms(e - c);
        }
        System.out.printf("warm, median of %d: lint %.0f ms (of which positions pass %.0f ms, rules %.0f ms)%n",
                rounds, median(all), median(tree), median(rules));
    }

    /**
     * A larger description of the same kind: every path of {@code in} again under {@code /copy1} …
     * {@code /copyN}, pretty-printed JSON.
     */
    private static void copyPaths(int copies, Path in, Path out) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(in.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode paths = json.createObjectNode();
        for (int i = 1; i <= copies; i++) {
            for (java.util.Iterator<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
                paths.set("/copy" + i + e.getKey(), e.getValue());
            }
        }
        doc.set("paths", paths);
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), doc);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
