package dev.httpstatus.flink;

import dev.httpstatus.check.model.Fact;
import dev.httpstatus.flink.aggregate.Hit;
import dev.httpstatus.flink.aggregate.Tally;
import dev.httpstatus.flink.input.FileListFormat;
import dev.httpstatus.flink.input.InputFile;
import dev.httpstatus.flink.input.InputPaths;
import java.util.EnumSet;
import java.util.Set;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.streaming.api.functions.windowing.ProcessAllWindowFunction;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * The checker as a Flink job: files → one split each → {@link CheckFile} → four outputs under the
 * output directory, each a folder of NDJSON part files:
 * <ul>
 * <li>{@code results/}: every exchange with findings and every skipped record, in the schema of
 *     {@code httpstatus check --format json}'s {@code results[]};</li>
 * <li>{@code malformed/}: every record that could not be read, as a located {@code "kind":"error"} line;</li>
 * <li>{@code aggregate/}: findings by rule × host × path template, with counts, first and last seen
 *     and an example;</li>
 * <li>{@code summary/}: the counts (records read = checked + skipped + malformed, findings by
 *     severity, rules not checkable for lack of facts).</li>
 * </ul>
 * In batch mode the aggregate and summary cover the whole run; in watch mode, each processing-time
 * window (and each of their lines names its window).
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * CheckJob.define(env, JobOptions.batch("captures/", "out/", new HarRecords()));
 * env.execute("httpstatus check");
 * }</pre>
 */
public final class CheckJob {

    private CheckJob() {}

    /** Adds the job's sources, operators and sinks to {@code env}, and sets its execution mode. */
    public static void define(StreamExecutionEnvironment env, JobOptions o) {
        InputPaths paths = InputPaths.of(o.input(), o.reader());
        @SuppressWarnings("unchecked")
        FileSource.FileSourceBuilder<InputFile> b = (FileSource.FileSourceBuilder<InputFile>)
                FileSource.forBulkFileFormat(new FileListFormat(), paths.root()).setFileEnumerator(paths.enumerator());
        if (o.watch()) {
            b.monitorContinuously(o.monitorInterval());
            env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        } else {
            env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        }
        DataStream<InputFile> files = env.fromSource(b.build(), WatermarkStrategy.noWatermarks(), "files")
                .name("list " + paths);
        SingleOutputStreamOperator<String> results = files.process(new CheckFile(o.reader()))
                .name("read and check").uid("check");
        results.sinkTo(lines(o.output(), "results")).name("results");
        results.getSideOutput(CheckFile.MALFORMED).sinkTo(lines(o.output(), "malformed")).name("malformed");

        String format = o.reader().describe();
        Set<Fact> facts = EnumSet.copyOf(o.reader().carries());
        DataStream<Hit> hits = results.getSideOutput(CheckFile.HITS);
        DataStream<Tally> tallies = results.getSideOutput(CheckFile.TALLIES);
        DataStream<String> groups;
        DataStream<String> summary;
        if (o.watch()) {
            TumblingProcessingTimeWindows w = TumblingProcessingTimeWindows.of(o.window());
            groups = hits.keyBy(Hit::key).window(w).reduce(Hit::merge, new GroupLines()).name("aggregate");
            summary = tallies.windowAll(w).reduce(Tally::merge, new SummaryLines(format, facts)).name("summary");
        } else {
            groups = hits.keyBy(Hit::key).reduce(Hit::merge).name("aggregate")
                    .map(h -> OutputLines.group(h, null)).returns(Types.STRING).name("aggregate lines");
            summary = tallies.keyBy(t -> 0).reduce(Tally::merge).name("summary")
                    .map(t -> OutputLines.summary(t, format, facts, null)).returns(Types.STRING).name("summary line")
                    .setParallelism(1);
        }
        groups.sinkTo(lines(o.output(), "aggregate")).name("aggregate").setParallelism(1);
        summary.sinkTo(lines(o.output(), "summary")).name("summary").setParallelism(1);
    }

    /**
     * A folder of NDJSON part files. Parts are finished at the end of a batch run, and at each
     * checkpoint in watch mode (so watch mode needs checkpointing on).
     */
    static FileSink<String> lines(String output, String folder) {
        return FileSink.forRowFormat(new Path(output, folder), new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(folder).withPartSuffix(".ndjson").build())
                .build();
    }

    /** Aggregate lines of one window. */
    private static final class GroupLines extends ProcessWindowFunction<Hit, String, String, TimeWindow> {
        private static final long serialVersionUID = 1L;

        @Override
        public void process(String key, Context ctx, Iterable<Hit> hits, Collector<String> out) {
            TimeWindow w = ctx.window();
            for (Hit h : hits) {
                out.collect(OutputLines.group(h, new OutputLines.Window(w.getStart(), w.getEnd())));
            }
        }
    }

    /** The summary line of one window. */
    private static final class SummaryLines extends ProcessAllWindowFunction<Tally, String, TimeWindow> {
        private static final long serialVersionUID = 1L;
        private final String format;
        private final EnumSet<Fact> facts;

        SummaryLines(String format, Set<Fact> facts) {
            this.format = format;
            this.facts = EnumSet.copyOf(facts);
        }

        @Override
        public void process(Context ctx, Iterable<Tally> tallies, Collector<String> out) {
            TimeWindow w = ctx.window();
            for (Tally t : tallies) {
                out.collect(OutputLines.summary(t, format, facts, new OutputLines.Window(w.getStart(), w.getEnd())));
            }
        }
    }
}
