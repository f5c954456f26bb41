package dev.httpstatus.flink.input;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.SingletonResultIterator;

/**
 * A {@code FileSource} format that reads nothing: each split (one whole file) becomes one
 * {@link InputFile}, and the operator after the source reads the file with a push parser. The
 * checker's readers push exchanges as they go (and a HAR must be judged in one piece), which Flink's
 * pull-style record formats cannot host without buffering a whole file.
 *
 * <pre>{@code
 * FileSource<InputFile> files = FileSource.forBulkFileFormat(new FileListFormat(), new Path("/logs")).build();
 * }</pre>
 */
public final class FileListFormat implements BulkFormat<InputFile, FileSourceSplit> {

    private static final long serialVersionUID = 1L;

    @Override
    public Reader<InputFile> createReader(Configuration config, FileSourceSplit split) {
        return new OneFile(split, false);
    }

    @Override
    public Reader<InputFile> restoreReader(Configuration config, FileSourceSplit split) {
        // A position means the file was already handed on before the checkpoint.
        return new OneFile(split, split.getReaderPosition().isPresent());
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<InputFile> getProducedType() {
        return TypeInformation.of(InputFile.class);
    }

    /** Hands on its split's file once. */
    private static final class OneFile implements Reader<InputFile> {
        private final FileSourceSplit split;
        private boolean done;

        OneFile(FileSourceSplit split, boolean done) {
            this.split = split;
            this.done = done;
        }

        @Override
        public RecordIterator<InputFile> readBatch() {
            if (done) {
                return null;
            }
            done = true;
            SingletonResultIterator<InputFile> it = new SingletonResultIterator<>();
            it.set(InputFile.of(split.path().toString(), split.fileSize()), CheckpointedPosition.NO_OFFSET, 1);
            return it;
        }

        @Override
        public void close() {}
    }
}
