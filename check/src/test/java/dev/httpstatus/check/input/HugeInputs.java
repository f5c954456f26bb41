package dev.httpstatus.check.input;

import dev.httpstatus.check.Collect;
import dev.httpstatus.check.model.Exchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Reads inputs of tens or hundreds of megabytes, made on the fly, and prints one line per case:
 * what was read, or the located error. {@link HugeInputsTest} runs it in a JVM of 64 MiB heap, so a
 * reader that held such an input whole would die of it there.
 *
 * <pre>{@code java -Xmx64m -cp <test classpath> dev.httpstatus.check.input.HugeInputs}</pre>
 */
public final class HugeInputs {

    /** Characters in a huge string: over the 64 MiB heap once held as Java chars (two bytes each). */
    static final int BIG = 40_000_000;

    private HugeInputs() {}

    /** Bytes made as they are read: a head, a unit repeated {@code count} times, a tail. */
    static final class Repeat extends InputStream {
        private final byte[][] parts;
        private final long[] counts;
        private int part;
        private long done;
        private int at;

        /** {@code unit} repeated {@code count} times, made in blocks so that small units cost no more. */
        static Repeat of(String head, String unit, long count, String tail) {
            int k = (int) Math.max(1, Math.min(1024, count / 1024));
            return new Repeat(head, unit.repeat(k), count / k, unit.repeat((int) (count % k)) + tail);
        }

        Repeat(String head, String unit, long count, String tail) {
            this(head.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8), count,
                    tail.getBytes(StandardCharsets.UTF_8));
        }

        Repeat(byte[] head, byte[] unit, long count, byte[] tail) {
            this.parts = new byte[][] {head, unit, tail};
            this.counts = new long[] {1, count, 1};
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len && part < parts.length) {
                byte[] p = parts[part];
                if (done >= counts[part] || p.length == 0) {
                    part++;
                    done = 0;
                    at = 0;
                    continue;
                }
                int k = Math.min(len - n, p.length - at);
                System.arraycopy(p, at, b, off + n, k);
                n += k;
                at += k;
                if (at == p.length) {
                    at = 0;
                    done++;
                }
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }

    static String entries(String first) {
        return "{\"log\":{\"entries\":[" + first;
    }

    static final String NEXT = ",{\"request\":{\"method\":\"GET\",\"url\":\"https://a/next\"},\"response\":{\"status\":204}}]}}";

    static Map<String, InputStream> hars() {
        Map<String, InputStream> cases = new LinkedHashMap<>();
        cases.put("har-url", Repeat.of(entries("{\"request\":{\"method\":\"GET\",\"url\":\"https://a/"), "p", BIG,
                "\"},\"response\":{\"status\":200}}" + NEXT));
        cases.put("har-method", Repeat.of(entries("{\"request\":{\"method\":\""), "G", BIG,
                "\",\"url\":\"https://a/\"},\"response\":{\"status\":200}}" + NEXT));
        cases.put("har-status-text", Repeat.of(entries("{\"response\":{\"status\":200,\"statusText\":\""), "O", BIG, "\"}}" + NEXT));
        cases.put("har-header-name", Repeat.of(entries("{\"response\":{\"status\":200,\"headers\":[{\"name\":\""), "N", BIG,
                "\",\"value\":\"v\"}]}}" + NEXT));
        cases.put("har-header-value", Repeat.of(entries("{\"response\":{\"status\":200}},{\"response\":{\"status\":200,"
                + "\"headers\":[{\"name\":\"Cookie\",\"value\":\""), "c", BIG, "\"}]}}" + NEXT));
        cases.put("har-json-body", Repeat.of(entries("{\"response\":{\"status\":500,\"content\":{\"mimeType\":\"application/json\","
                + "\"text\":\"{\\\"detail\\\":\\\""), "\u00e9", BIG / 2, "\\\"}\"}}}" + NEXT));
        cases.put("har-other-body", Repeat.of(entries("{\"response\":{\"status\":200,\"content\":{\"mimeType\":\"text/html\","
                + "\"text\":\""), "<p>", BIG / 3, "\"}}}" + NEXT));
        cases.put("har-many-headers", Repeat.of(entries("{\"response\":{\"status\":200,\"headers\":["), "{\"name\":\"X\",\"value\":\"y\"},",
                1_000_000, "{\"name\":\"Z\",\"value\":\"z\"}]}}" + NEXT));
        cases.put("har-deep", Repeat.of(entries("{\"_x\":"), "[", BIG, ""));
        // UTF-16 goes through the transcoder: bounded buffers there too
        cases.put("har-utf16-url", new Repeat(
                ("\uFEFF" + entries("{\"request\":{\"method\":\"GET\",\"url\":\"https://a/")).getBytes(StandardCharsets.UTF_16LE),
                "p".repeat(1024).getBytes(StandardCharsets.UTF_16LE), BIG / 4096,
                ("\"},\"response\":{\"status\":200}}" + NEXT).getBytes(StandardCharsets.UTF_16LE)));
        return cases;
    }

    static Map<String, InputStream> raws() throws IOException {
        Map<String, InputStream> cases = new LinkedHashMap<>();
        String ok = "HTTP/1.1 204 No Content\r\n\r\n";
        cases.put("raw-many-headers", Repeat.of(ok + "HTTP/1.1 200 OK\r\n", "X-A: b\r\n", 1_000_000,
                "Content-Length: 2\r\n\r\nhi" + ok));
        cases.put("raw-folded", Repeat.of(ok + "HTTP/1.1 200 OK\r\nX-Folded: a\r\n", " folded\r\n", 150_000, "\r\n" + ok));
        cases.put("raw-long-line", Repeat.of(ok + "HTTP/1.1 200 OK\r\nX-Long: ", "x", BIG, "\r\n\r\n" + ok));
        cases.put("raw-big-body", Repeat.of(ok + "HTTP/1.1 200 OK\r\nContent-Length: " + BIG * 4L + "\r\n\r\n", "0123456789abcdef",
                BIG / 4, ok));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) { // 256 MiB decoded: four times the heap
                z.write(zeros);
            }
        }
        byte[] head = (ok + "HTTP/1.1 200 OK\r\nContent-Type: application/problem+json\r\nContent-Encoding: gzip\r\n"
                + "Content-Length: " + bomb.size() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        cases.put("raw-gzip-bomb", new Repeat(head, bomb.toByteArray(), 1, ok.getBytes(StandardCharsets.ISO_8859_1)));
        return cases;
    }

    /** A case read through {@link Inputs} as standard input, the way "-" is. */
    static Map<String, InputStream> stdins() {
        Map<String, InputStream> cases = new LinkedHashMap<>();
        cases.put("stdin-har-after-white-space", Repeat.of("", " \r\n", 3_000_000,
                entries("{\"response\":{\"status\":200}}") + NEXT));
        cases.put("stdin-raw-after-white-space", Repeat.of("", "\n", 5_000_000, "HTTP/1.1 204 No Content\r\n\r\n"));
        return cases;
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (var c : hars().entrySet()) {
            out.println(c.getKey() + ": " + run(c.getKey(), 0, sink -> HarReader.read(c.getValue(), c.getKey(), sink)));
        }
        for (var c : raws().entrySet()) {
            // the first message of each is a small 204: the exchange of interest is the next one
            out.println(c.getKey() + ": " + run(c.getKey(), 1, sink -> RawHttpReader.read(c.getValue(), c.getKey(), sink)));
        }
        for (var c : stdins().entrySet()) {
            out.println(c.getKey() + ": " + run(c.getKey(), 0,
                    sink -> Inputs.read("-", c.getValue(), LiveRequest.get(), sink, null)));
        }
        out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1 << 20));
    }

    interface Reading {
        void read(Collect sink) throws IOException;
    }

    /** "2 exchanges [0: method 3 url 65536 ...] error ...", the exchange shown being number {@code shown}. */
    static String run(String name, int shown, Reading r) {
        long t0 = System.nanoTime();
        try {
            return run(r, shown);
        } finally {
            if (Boolean.getBoolean("huge.timing")) {
                System.err.println(name + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            }
        }
    }

    private static String run(Reading r, int shown) {
        Collect c = new Collect();
        String error = "";
        try {
            r.read(c);
        } catch (BadInputException e) {
            error = " error " + e.getMessage();
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            error = " FAILED " + e;
        }
        StringBuilder b = new StringBuilder().append(c.exchanges.size()).append(" exchanges");
        if (c.exchanges.size() > shown) {
            Exchange x = c.exchanges.get(shown);
            b.append(" [").append(shown).append(": method ").append(x.methodText().length()).append(" url ").append(x.url().length())
                    .append(" phrase ").append(x.reasonPhrase().length()).append(" fields ").append(x.response().size())
                    .append(" body ").append(x.body().map(String::length).orElse(-1))
                    .append(x.isBodyComplete() ? " whole" : " cut").append(" length ").append(x.bodyLength())
                    .append(" line ").append(x.source().line())
                    .append(" notes ").append(x.notes()).append("]");
        }
        return b + error;
    }
}
