package dev.httpstatus.flink.input;

import java.util.Objects;

/**
 * One file to check, as the job's source hands it on: its path (a Flink file system URI, so object
 * stores work where the cluster has their plugin) and its size. A public mutable bean because Flink's
 * POJO serializer moves it between operators.
 *
 * <pre>{@code InputFile f = InputFile.of("file:/logs/access.log", 123_456L);}</pre>
 */
public final class InputFile {

    /** The file's URI, e.g. "file:/logs/access.log" or "s3://bucket/logs/access.log.gz". */
    public String path;
    /** Its size in bytes. */
    public long size;

    /** For Flink's serializer. */
    public InputFile() {}

    /** The file at {@code path}, of {@code size} bytes. */
    public static InputFile of(String path, long size) {
        InputFile f = new InputFile();
        f.path = Objects.requireNonNull(path, "path");
        f.size = size;
        return f;
    }

    @Override
    public String toString() {
        return path + " (" + size + " bytes)";
    }
}
