package dev.httpstatus.flink;

import dev.httpstatus.flink.input.FieldMap;
import dev.httpstatus.flink.input.HarRecords;
import dev.httpstatus.flink.input.HttpdRecords;
import dev.httpstatus.flink.input.InputPaths;
import dev.httpstatus.flink.input.NdjsonRecords;
import dev.httpstatus.flink.input.RecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The job's entry point, for {@code java -jar httpstatus-flink.jar} (an embedded local cluster) and
 * {@code flink run httpstatus-flink.jar} alike: Flink's {@code getExecutionEnvironment} is the cluster
 * when a Flink client runs the jar, and a local one otherwise.
 *
 * <pre>{@code
 * java -jar flink/target/httpstatus-flink.jar --input captures/ --output out/ --parallelism 2
 * java -jar flink/target/httpstatus-flink.jar --input '/logs/node-*.log' --log-format combined --output out/
 * java -jar flink/target/httpstatus-flink.jar --input /logs/envoy/ --fields envoy --output out/ --watch
 * }</pre>
 *
 * <p>Exit codes: 0 done; 2 bad usage or no input; 70 the job failed.
 */
public final class Main {

    static final String USAGE = """
            usage: httpstatus-flink --input PATH --output DIR [options]
              --input PATH          a file, a directory (searched recursively) or a glob (*, ?, **, {a,b});
                                    any Flink file system URI (file:, s3:, hdfs: … where the cluster has it)
              --output DIR          where results/, malformed/, aggregate/ and summary/ go (must be empty)
              --format har|ndjson|log   the input format (default: har; --fields implies ndjson,
                                    --log-format implies log)
              --fields SPEC         ndjson: which key holds which fact: presets nginx, envoy and/or
                                    fact=key pairs, comma-separated (facts: status, method, url, path,
                                    host, scheme, protocol, bytes, time)
              --fields-file FILE    the same, one item per line (# comments)
              --log-format FORMAT   log: the LogFormat (Apache httpd: combined, common, "%h %l %u %t \\"%r\\" %>s %b")
                                    or log_format (nginx: "$remote_addr - $remote_user [$time_local] …")
              --parallelism N       tasks reading files at once (default: Flink's)
              --watch               keep watching the input for new files (streaming) instead of stopping
              --monitor-interval D  watch: how often to list the input (default 10s; 500ms, 2m …)
              --window D            watch: the aggregate and summary cover windows this long (default 1m)
              --checkpoint-interval D   watch: output files are finished at each checkpoint (default 10s)
            """;

    private Main() {}

    /** Set once the environment is known: whether the job runs on an embedded cluster in this JVM. */
    private static volatile boolean embedded = true;

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error"); // embedded cluster only
        }
        int code = run(args, System.out, System.err);
        // Under a Flink client, main may run inside the JobManager (application mode): leave the JVM
        // to Flink when all went well.
        if (code != 0 || embedded) {
            System.exit(code);
        }
    }

    /** Runs the job as the command line says; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("httpstatus-flink: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (o.help) {
            out.print(USAGE);
            return 0;
        }
        try {
            String problem = checkInput(o.job);
            if (problem == null) {
                problem = checkOutput(o.job.output());
            }
            if (problem != null) {
                err.println("httpstatus-flink: " + problem);
                return 2;
            }
        } catch (IOException e) {
            err.println("httpstatus-flink: cannot look at --input or --output: " + e.getMessage());
            return 2;
        }
        Configuration conf = new Configuration();
        // For the embedded cluster: listen on loopback only. A real cluster keeps its own settings.
        conf.setString("jobmanager.bind-host", "127.0.0.1");
        conf.setString("taskmanager.bind-host", "127.0.0.1");
        conf.setString("taskmanager.host", "127.0.0.1");
        conf.setString("rest.bind-address", "127.0.0.1");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        embedded = env instanceof LocalStreamEnvironment;
        if (o.parallelism > 0) {
            env.setParallelism(o.parallelism);
        }
        if (o.job.watch()) {
            env.enableCheckpointing(o.checkpointInterval.toMillis());
        }
        CheckJob.define(env, o.job);
        long start = System.nanoTime();
        JobExecutionResult result;
        try {
            result = env.execute("httpstatus check " + o.job.input());
        } catch (Exception e) {
            err.println("httpstatus-flink: the job failed: " + rootCause(e));
            return 70;
        }
        if (!result.isJobExecutionResult()) {
            out.println("submitted job " + result.getJobID() + "; outputs will be in " + o.job.output());
            return 0; // detached (flink run -d): the job goes on without us
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!o.job.watch()) {
            List<String> summary = readLines(new Path(o.job.output(), "summary"));
            if (summary.isEmpty()) {
                err.println("httpstatus-flink: no input file matched " + o.job.input());
                return 2;
            }
            summary.forEach(out::println);
            out.println("done in " + ms + " ms; outputs in " + o.job.output());
        }
        return 0;
    }

    /** Why the input cannot be read, or null; a watched directory may still be empty. */
    private static String checkInput(JobOptions job) throws IOException {
        Path root = InputPaths.of(job.input(), job.reader()).root();
        if (!root.getFileSystem().exists(root)) {
            return "--input " + job.input() + ": no such file or directory" + (root.toString().equals(job.input())
                    ? "" : " (" + root + ")");
        }
        return null;
    }

    /** Why {@code output} cannot take this run's files, or null. */
    private static String checkOutput(String output) throws IOException {
        Path p = new Path(output);
        FileSystem fs = p.getFileSystem();
        if (!fs.exists(p)) {
            return null;
        }
        FileStatus s = fs.getFileStatus(p);
        if (!s.isDir()) {
            return "--output " + output + " is a file; it must name a directory";
        }
        FileStatus[] inside = fs.listStatus(p);
        if (inside != null && inside.length > 0) {
            return "--output " + output + " is not empty; results of an earlier run would mix with this one's";
        }
        return null;
    }

    /** Every line of the finished part files in {@code dir}. */
    static List<String> readLines(Path dir) {
        List<String> lines = new ArrayList<>();
        try {
            FileSystem fs = dir.getFileSystem();
            if (!fs.exists(dir)) {
                return lines;
            }
            FileStatus[] parts = fs.listStatus(dir);
            Arrays.sort(parts, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            for (FileStatus part : parts) {
                String n = part.getPath().getName();
                if (part.isDir() || n.startsWith(".") || n.startsWith("_")) {
                    continue;
                }
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(fs.open(part.getPath()), StandardCharsets.UTF_8))) {
                    r.lines().filter(l -> !l.isBlank()).forEach(lines::add);
                }
            }
        } catch (IOException e) {
            lines.add("{\"note\":\"cannot read " + dir + ": " + e.getMessage().replace("\"", "'") + "\"}");
        }
        return lines;
    }

    private static String rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c == t ? String.valueOf(t.getMessage()) : c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    /** The parsed command line. */
    static final class Options {
        JobOptions job;
        int parallelism;
        Duration checkpointInterval = Duration.ofSeconds(10);
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            String input = null;
            String output = null;
            String format = null;
            String fields = null;
            String logFormat = null;
            boolean watch = false;
            Duration monitor = Duration.ofSeconds(10);
            Duration window = Duration.ofMinutes(1);
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> o.help = true;
                    case "--watch" -> watch = true;
                    case "--input" -> input = value(args, ++i, a);
                    case "--output" -> output = value(args, ++i, a);
                    case "--format" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    case "--fields" -> fields = join(fields, value(args, ++i, a));
                    case "--fields-file" -> fields = join(fields, readFile(value(args, ++i, a)));
                    case "--log-format" -> logFormat = value(args, ++i, a);
                    case "--parallelism" -> o.parallelism = positive(value(args, ++i, a), a);
                    case "--monitor-interval" -> monitor = duration(value(args, ++i, a), a);
                    case "--window" -> window = duration(value(args, ++i, a), a);
                    case "--checkpoint-interval" -> o.checkpointInterval = duration(value(args, ++i, a), a);
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            if (o.help) {
                return o;
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException("--input and --output are required");
            }
            if (format == null) {
                format = logFormat != null ? "log" : fields != null ? "ndjson" : "har";
            }
            RecordReader reader = switch (format) {
                case "har" -> new HarRecords();
                case "ndjson" -> {
                    if (fields == null) {
                        throw new IllegalArgumentException("--format ndjson needs --fields (e.g. nginx, envoy, status=code,…)");
                    }
                    String spec = fields;
                    yield new NdjsonRecords(FieldMap.parse(spec), spec.toLowerCase(Locale.ROOT).contains("envoy")
                            ? "Envoy" : spec.toLowerCase(Locale.ROOT).contains("nginx") ? "nginx" : "");
                }
                case "log" -> {
                    if (logFormat == null) {
                        throw new IllegalArgumentException("--format log needs --log-format (e.g. combined)");
                    }
                    yield HttpdRecords.of(logFormat);
                }
                default -> throw new IllegalArgumentException("--format: '" + format + "' is not har, ndjson or log");
            };
            JobOptions job = JobOptions.batch(input, output, reader);
            o.job = watch ? job.watching(monitor, window) : job;
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static String join(String a, String b) {
            return a == null ? b : a + "," + b;
        }

        private static String readFile(String file) {
            try {
                return Files.readString(java.nio.file.Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("--fields-file " + file + ": cannot read: " + e.getMessage());
            }
        }

        private static int positive(String v, String option) {
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + ": expected a positive integer, found '" + v + "'");
        }

        /** "500ms", "10s", "2m", "1h" or an ISO 8601 duration ("PT30S"). */
        static Duration duration(String v, String option) {
            String s = v.trim().toLowerCase(Locale.ROOT);
            try {
                if (s.endsWith("ms")) {
                    return positive(Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2))), v, option);
                }
                if (s.endsWith("s") && !s.startsWith("p")) {
                    return positive(Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1))), v, option);
                }
                if (s.endsWith("m") && !s.startsWith("p")) {
                    return positive(Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1))), v, option);
                }
                if (s.endsWith("h") && !s.startsWith("p")) {
                    return positive(Duration.ofHours(Long.parseLong(s.substring(0, s.length() - 1))), v, option);
                }
                return positive(Duration.parse(v.trim()), v, option);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException(option + ": expected a duration such as 500ms, 10s, 2m or 1h, found '"
                        + v + "'");
            }
        }

        private static Duration positive(Duration d, String v, String option) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(option + ": expected a positive duration, found '" + v + "'");
            }
            return d;
        }
    }
}
