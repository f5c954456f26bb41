package dev.httpstatus.check.input;

import dev.httpstatus.check.model.Source;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * with '{' (after any byte-order mark and whitespace), otherwise as raw HTTP text.
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
     *
     * @throws BadInputException for a directory holding no HAR file
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
                        throw new BadInputException(Source.file(a), "", "directory holds no *.har file");
                    }
                    out.addAll(hars);
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
            throw new BadInputException(Source.file(input), "", "is a directory; pass it as an argument to search it for *.har");
        }
        try {
            boolean json;
            try (InputStream head = new BufferedInputStream(Files.newInputStream(p), 4096)) {
                json = looksLikeJson(head);
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
        if (looksLikeJson(in)) {
            HarReader.read(in, name, sink);
        } else {
            RawHttpReader.read(in, name, sink);
        }
    }

    /** Peeks at the first significant byte: '{' means JSON. Leaves the stream where it was. */
    private static boolean looksLikeJson(InputStream in) throws IOException {
        in.mark(4096);
        try {
            int c;
            int n = 0;
            while ((c = in.read()) >= 0 && n++ < 4096) {
                if (c == 0xEF || c == 0xBB || c == 0xBF || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    continue;
                }
                return c == '{' || c == '[';
            }
            return false;
        } finally {
            in.reset();
        }
    }
}
