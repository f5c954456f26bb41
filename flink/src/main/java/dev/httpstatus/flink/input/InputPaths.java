package dev.httpstatus.flink.input;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.enumerate.FileEnumerator;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * What {@code --input} names: a file, a directory searched recursively, or a glob whose directory
 * part is searched and whose pattern each file's path must match ({@code *} and {@code ?} within one
 * segment, {@code **} across segments, {@code {a,b}} alternatives). Files and directories whose names
 * start with "." or "_" are left out, as Flink does (a sink's files in progress are named so).
 *
 * <pre>{@code
 * InputPaths in = InputPaths.of("/logs/node-?/access-*.log.gz", reader);
 * in.root();        // /logs
 * in.enumerator();  // for FileSource.setFileEnumerator
 * }</pre>
 */
public final class InputPaths implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String root;
    private final String glob;
    private final Pattern pattern;
    private final RecordReader reader;

    private InputPaths(String root, String glob, RecordReader reader) {
        this.root = root;
        this.glob = glob;
        this.pattern = glob == null ? null : Pattern.compile(toRegex(glob));
        this.reader = reader;
    }

    /** The inputs {@code arg} names, for files of {@code reader}'s format. */
    public static InputPaths of(String arg, RecordReader reader) {
        String abs = hasScheme(arg) || arg.startsWith("/") ? arg
                // relative names are matched against the absolute paths the file system lists
                : java.nio.file.Path.of(arg).toAbsolutePath().normalize().toString().replace('\\', '/');
        if (arg.endsWith("/") && !abs.endsWith("/")) {
            abs += "/";
        }
        int star = firstGlobChar(abs);
        if (star < 0) {
            return new InputPaths(abs, null, reader);
        }
        String glob = abs;
        int slash = glob.lastIndexOf('/', star);
        String root = slash <= 0 ? "/" : glob.substring(0, slash);
        return new InputPaths(root, glob, reader);
    }

    private static boolean hasScheme(String s) {
        return s.matches("[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '{' || c == '[') {
                return i;
            }
        }
        return -1;
    }

    /** The glob as a regular expression over the path's text. */
    static String toRegex(String glob) {
        StringBuilder b = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                            i++;
                            b.append("(?:.*/)?"); // **/ also matches no directory at all
                        } else {
                            b.append(".*");
                        }
                    } else {
                        b.append("[^/]*");
                    }
                }
                case '?' -> b.append("[^/]");
                case '{' -> {
                    inGroup = true;
                    b.append("(?:");
                }
                case '}' -> {
                    inGroup = false;
                    b.append(')');
                }
                case ',' -> b.append(inGroup ? "|" : ",");
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    /** Where the search starts. */
    public Path root() {
        return new Path(root);
    }

    /** Whether a file at {@code path} is an input. */
    public boolean matches(Path path) {
        if (pattern != null) {
            return pattern.matcher(hasScheme(glob) ? path.toString() : path.toUri().getPath()).matches();
        }
        // a file named itself is taken whatever its name; files found in a directory must look right
        return path.toUri().getPath().equals(new Path(root).toUri().getPath()) || reader.accepts(path.getName());
    }

    private static boolean hidden(Path p) {
        String n = p.getName();
        return n.startsWith(".") || n.startsWith("_");
    }

    /** The enumerator a {@code FileSource} lists files with: recursive, one split per file. */
    public FileEnumerator.Provider enumerator() {
        InputPaths self = this;
        return () -> new Enumerator(self);
    }

    /** Lists files below the root, keeping those {@link #matches} accepts. */
    private static final class Enumerator extends NonSplittingRecursiveEnumerator {
        private final InputPaths paths;

        Enumerator(InputPaths paths) {
            super(p -> !hidden(p));
            this.paths = paths;
        }

        @Override
        protected void convertToSourceSplits(FileStatus file, FileSystem fs, List<FileSourceSplit> target)
                throws IOException {
            if (paths.matches(file.getPath())) {
                super.convertToSourceSplits(file, fs, target);
            }
        }
    }

    @Override
    public String toString() {
        return glob != null ? glob : root;
    }
}
