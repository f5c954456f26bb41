package dev.httpstatus.flink;

import dev.httpstatus.check.CaptureMemory;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import dev.httpstatus.check.report.JsonLines;
import dev.httpstatus.flink.aggregate.Hit;
import dev.httpstatus.flink.aggregate.Tally;
import dev.httpstatus.flink.input.InputFile;
import dev.httpstatus.flink.input.RecordReader;
import dev.httpstatus.flink.input.RecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Reads one file and checks every exchange in it as {@code httpstatus check} does: the same
 * {@link Checker}, and one {@link CaptureMemory} per file, so that a capture's 304s meet its earlier
 * 200s and its redirect loops are seen. Emits, per file:
 * <ul>
 * <li>main output: one NDJSON line per exchange with findings or notes and per skipped record, each
 *     an element of the JSON report's {@code results[]} ({@link JsonLines});</li>
 * <li>{@link #MALFORMED}: one {@code "kind":"error"} line per record that could not be read, located;</li>
 * <li>{@link #HITS}: the file's findings grouped by rule, host and path template;</li>
 * <li>{@link #TALLIES}: the file's counts, including the rules that were not checkable.</li>
 * </ul>
 * Files ending in ".gz" are decompressed.
 *
 * <pre>{@code
 * SingleOutputStreamOperator<String> results = files.process(new CheckFile(new HarRecords()));
 * results.getSideOutput(CheckFile.TALLIES);
 * }</pre>
 */
public final class CheckFile extends ProcessFunction<InputFile, String> {

    private static final long serialVersionUID = 1L;

    /** Records that could not be read, as NDJSON lines of kind "error". */
    public static final OutputTag<String> MALFORMED = new OutputTag<>("malformed", Types.STRING);
    /** Findings grouped per file by rule, host and path template. */
    public static final OutputTag<Hit> HITS = new OutputTag<>("hits", TypeInformation.of(Hit.class));
    /** The counts of each file. */
    public static final OutputTag<Tally> TALLIES = new OutputTag<>("tallies", TypeInformation.of(Tally.class));

    /** Groups held per file before they are handed on; a file with more distinct ones flushes early. */
    static final int MAX_GROUPS = 10_000;

    private final RecordReader reader;
    private transient Checker checker;

    /** Checks files read by {@code reader}. */
    public CheckFile(RecordReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public void open(OpenContext context) {
        checker = Checker.standard();
    }

    @Override
    public void processElement(InputFile file, Context ctx, Collector<String> out) throws Exception {
        Path path = new Path(file.path);
        String name = displayName(path);
        OneFile run = new OneFile(ctx, out);
        try (InputStream in = open(path, name)) {
            reader.read(in, name, run);
        } catch (IOException e) {
            // the bytes themselves could not be read (vanished file, broken gzip): what was read stays
            run.malformed(Source.file(name), "cannot read: " + e.getMessage());
        }
        run.flush();
        ctx.output(TALLIES, run.tally);
    }

    /** A local file by its path, anything else by its URI. */
    static String displayName(Path path) {
        String scheme = path.toUri().getScheme();
        return scheme == null || scheme.equals("file") ? path.toUri().getPath() : path.toString();
    }

    private static InputStream open(Path path, String name) throws IOException {
        InputStream in = path.getFileSystem().open(path);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    /** The sink one file's records go to. */
    private final class OneFile implements RecordSink {
        private final Context ctx;
        private final Collector<String> out;
        private final CaptureMemory memory = new CaptureMemory();
        private final Tally tally = new Tally();
        private final Map<String, Hit> groups = new HashMap<>();

        OneFile(Context ctx, Collector<String> out) {
            this.ctx = ctx;
            this.out = out;
            tally.files = 1;
        }

        @Override
        public void exchange(Exchange x, long time) {
            List<Finding> findings = checker.check(memory.see(x), rule -> tally.notCheckable(rule.id()));
            tally.checked(findings);
            if (findings.isEmpty() && x.notes().isEmpty()) {
                return;
            }
            out.collect(JsonLines.exchange(x, findings));
            for (Finding f : findings) {
                Hit h = Hit.of(f, x, time);
                groups.merge(h.key(), h, Hit::merge);
            }
            if (groups.size() >= MAX_GROUPS) {
                flush();
            }
        }

        @Override
        public void skipped(Skip skip) {
            tally.skipped(skip.reason());
            out.collect(JsonLines.skipped(skip));
        }

        @Override
        public void malformed(Source where, String message) {
            tally.malformed();
            ctx.output(MALFORMED, JsonLines.error(where, message));
        }

        void flush() {
            for (Hit h : groups.values()) {
                ctx.output(HITS, h);
            }
            groups.clear();
        }
    }
}
