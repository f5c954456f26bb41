package dev.httpstatus.check.input;

import dev.httpstatus.check.model.Source;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into inputs: "-" is standard input, an http(s) URL is fetched live,
 * a directory is searched recursively for {@code *.har}, and a file is read as HAR when it starts
 * with '{' (after any byte-order mark and white space, however much), otherwise as raw HTTP text.
 * UTF-16 and UTF-32 files (with a byte-order mark, or without one where zero bytes stand beside
 * ASCII) are read as the text they hold.
 *
 * <pre>{@code
 * for (String name : Inputs.expand(List.of("captures/", "dump.http", "-"))) { ... }
 * Inputs.read("dump.http", System.in, LiveRequest.get(), sink);
 * }</pre>
 */
public final class Inputs {

    private Inputs() {}

    /** Whether {@code arg} names a live URL rather than a file. */
    public static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /**
     * The inputs an argument list names, directories expanded to their {@code *.har} files in name order.
     * A directory holding none stays in the list as itself, so that reading it reports it while the
     * other inputs are still checked.
     */
    public static List<String> expand(List<String> args) throws IOException {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-") || isUrl(a)) {
                out.add(a);
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<String> hars = s.filter(f -> Files.isRegularFile(f)
                                    && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".har"))
                            .map(Path::toString).sorted().toList();
                    if (hars.isEmpty()) {
                        out.add(a); // read() reports it
                    } else {
                        out.addAll(hars);
                    }
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** Size in bytes of a file input, or -1 for standard input, URLs and unreadable paths. */
    public static long size(String input) {
        if (input.equals("-") || isUrl(input)) {
            return -1;
        }
        try {
            return Files.size(Path.of(input));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Reads one input, passing its exchanges to {@code sink}.
     *
     * @param stdin    the stream "-" stands for
     * @param live     what to send when {@code input} is a URL
     * @param progress told how many bytes have been read so far; may be null
     */
    public static void read(String input, InputStream stdin, LiveRequest live, ExchangeSink sink,
            java.util.function.LongConsumer progress) throws IOException {
        if (isUrl(input)) {
            LiveFetcher.fetch(input, live, sink);
            return;
        }
        if (input.equals("-")) {
            readStream(new BufferedInputStream(stdin, 1 << 16), "-", sink, progress);
            return;
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            throw new BadInputException(Source.file(input), "", "a directory holding no *.har file (searched recursively)");
        }
        try {
            boolean json;
            try (InputStream head = Files.newInputStream(p)) {
                json = startsLikeJson(new BufferedInputStream(head, 8192)).json();
            } catch (CharConversionException e) {
                throw new BadInputException(Source.file(input), "", "not text: " + e.getMessage());
            }
            // Jackson buffers on its own: a second buffer would only copy every byte once more
            try (InputStream raw = Files.newInputStream(p)) {
                InputStream in = progress == null ? raw : new CountingInputStream(raw, progress);
                if (json) {
                    HarReader.read(in, input, sink);
                } else {
                    RawHttpReader.read(new BufferedInputStream(in, 1 << 16), input, sink);
                }
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(Source.file(input), "", "no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException(Source.file(input), "", "permission denied");
        }
    }

    private static void readStream(InputStream raw, String name, ExchangeSink sink,
            java.util.function.LongConsumer progress) throws IOException {
        InputStream in = progress == null ? raw : new CountingInputStream(raw, progress);
        Head head;
        try {
            head = startsLikeJson(new BufferedInputStream(in, 1 << 16));
        } catch (CharConversionException e) {
            throw new BadInputException(Source.file(name), "", "not text: " + e.getMessage());
        }
        // A stream cannot be read twice: the white space already read is given back as line breaks
        // and spaces, so that positions in messages stay those of the input.
        InputStream replay = new SequenceInputStream(new Blank(head.lines(), head.column()), head.rest());
        if (head.json()) {
            HarReader.read(replay, name, sink);
        } else {
            RawHttpReader.read(replay, name, sink);
        }
    }

    /** What {@link #startsLikeJson} found: the kind, the white space before it, and the text from there on. */
    private record Head(boolean json, long lines, long column, InputStream rest) {}

    /**
     * Reads past any byte-order mark and all leading white space, however long, to the first
     * significant character: '{' or '[' means JSON. {@code rest} is the input as UTF-8 from that character.
     */
    private static Head startsLikeJson(BufferedInputStream in) throws IOException {
        InputStream text = TextEncoding.toUtf8(in);
        BufferedInputStream t = text instanceof BufferedInputStream b ? b : new BufferedInputStream(text);
        long lines = 0;
        long column = 0;
        int c;
        while (true) {
            t.mark(1);
            c = t.read();
            if (c == '\n') {
                lines++;
                column = 0;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                column++;
            } else {
                break;
            }
        }
        if (c >= 0) {
            t.reset();
        }
        return new Head(c == '{' || c == '[', lines, column, t);
    }

    /** {@code lines} line breaks, then {@code spaces} spaces. */
    private static final class Blank extends InputStream {
        private long lines;
        private long spaces;

        Blank(long lines, long spaces) {
            this.lines = lines;
            this.spaces = spaces;
        }

        @Override
        public int read() {
            if (lines > 0) {
                lines--;
                return '\n';
            }
            if (spaces > 0) {
                spaces--;
                return ' ';
            }
            return -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len && (lines > 0 || spaces > 0)) {
                b[off + n++] = (byte) read();
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }
}
