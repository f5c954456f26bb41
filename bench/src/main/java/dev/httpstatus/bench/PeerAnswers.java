package dev.httpstatus.bench;

import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Prints, as a Markdown table, what each contestant answers for every code in {@link CodeMix}, so
 * that RESULTS.md can say exactly what the benchmarks compare (who returns null, who allocates a
 * stand-in, who throws).
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar dev.httpstatus.bench.PeerAnswers
 * }</pre>
 */
public final class PeerAnswers {

    private PeerAnswers() {}

    /** Prints the table to standard output; takes no arguments. */
    public static void main(String[] args) {
        int[] codes = Arrays.stream(CodeMix.MIXED_POOL).mapToInt(e -> e[0]).sorted().toArray();
        System.out.println("| code | httpstatus `of` | Spring `resolve` | Spring `HttpStatusCode.valueOf` "
                + "| Netty `valueOf` | HttpCore `getReason` | Jakarta `fromStatusCode` |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int c : codes) {
            System.out.println("| " + c
                    + " | " + answer(c, code -> StatusCode.of(code).reasonPhrase())
                    + " | " + answer(c, code -> phraseOf(HttpStatus.resolve(code)))
                    + " | " + answer(c, code -> describe(HttpStatusCode.valueOf(code)))
                    + " | " + answer(c, code -> HttpResponseStatus.valueOf(code).reasonPhrase().toString())
                    + " | " + answer(c, code -> EnglishReasonPhraseCatalog.INSTANCE.getReason(code, Locale.ROOT))
                    + " | " + answer(c, code -> phraseOf(Response.Status.fromStatusCode(code)))
                    + " |");
        }
    }

    private static String answer(int code, IntFunction<String> lookup) {
        try {
            String s = lookup.apply(code);
            return s == null ? "null" : s;
        } catch (RuntimeException e) {
            return "throws " + e.getClass().getSimpleName();
        }
    }

    private static String phraseOf(HttpStatus s) {
        return s == null ? null : s.getReasonPhrase();
    }

    private static String phraseOf(Response.Status s) {
        return s == null ? null : s.getReasonPhrase();
    }

    private static String describe(HttpStatusCode s) {
        return s instanceof HttpStatus h ? h.getReasonPhrase() : "new " + s.getClass().getSimpleName();
    }
}
