package dev.httpstatus.check.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells a listener how many bytes have passed, at most about once per mebibyte, for progress bars. */
final class CountingInputStream extends FilterInputStream {

    private final LongConsumer listener;
    private long count;
    private long reported;
    private long mark;

    CountingInputStream(InputStream in, LongConsumer listener) {
        super(in);
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public synchronized void mark(int limit) {
        super.mark(limit);
        mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = mark;
    }

    private void advance(long n) {
        count += n;
        if (count - reported >= 1 << 20) {
            reported = count;
            listener.accept(count);
        }
    }
}
