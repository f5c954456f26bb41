package dev.httpstatus.bench;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The status codes every contestant looks up, the same arrays for all of them.
 *
 * <p>{@link #mixed} is what a client or proxy meets in the wild: about three quarters common codes
 * (200 dominant, then 404, 304, 500 …) and a quarter rare, vendor or unknown ones (418, 499, 520,
 * 599, 799, 999 …) that an enum-based peer cannot represent. {@link #known} holds only codes every
 * peer knows, so that lookups which throw on unknown codes (Spring's {@code HttpStatus.valueOf(int)})
 * can be measured too. Both are drawn with a fixed seed, so every run and every contestant sees the
 * same sequence; the arrays live in a {@code @State} object so the JIT cannot fold them.
 *
 * <pre>{@code
 * @Benchmark @OperationsPerInvocation(CodeMix.SIZE)
 * public void mine(CodeMix mix, Blackhole bh) { for (int c : mix.mixed) bh.consume(StatusCode.of(c)); }
 * }</pre>
 */
@State(Scope.Benchmark)
public class CodeMix {

    /** Lookups per benchmark invocation; results are reported per lookup. */
    public static final int SIZE = 1024;

    /** Weighted pool for {@link #mixed}: {code, weight}; weights add up to 100. */
    static final int[][] MIXED_POOL = {
        {200, 20}, {404, 8}, {304, 5}, {201, 4}, {204, 4}, {400, 4}, {500, 4},
        {301, 3}, {302, 3}, {401, 3}, {403, 3}, {503, 3},
        {409, 2}, {422, 2}, {429, 2}, {502, 2}, {504, 2},
        // rare, vendor-specific or unassigned: 26 in 100
        {418, 2}, {499, 2}, {520, 2}, {799, 2}, {444, 2}, {599, 2}, {451, 2},
        {425, 2}, {600, 2}, {999, 2}, {103, 2}, {226, 2}, {308, 2},
    };

    /** Pool for {@link #known}: codes in Spring's, Netty's, HttpCore's and Jakarta's tables alike (not 451: Netty lacks it). */
    static final int[][] KNOWN_POOL = {
        {200, 30}, {404, 10}, {304, 6}, {201, 5}, {204, 5}, {400, 5}, {500, 5},
        {301, 4}, {302, 4}, {401, 4}, {403, 4}, {503, 4},
        {409, 3}, {429, 3}, {502, 3}, {504, 3}, {308, 2},
    };

    /** Common and rare codes as sent by real servers; see the class comment. */
    public int[] mixed = draw(MIXED_POOL, 0x5EED_0404L);
    /** Only codes that every peer can represent. */
    public int[] known = draw(KNOWN_POOL, 0x5EED_0200L);

    static int[] draw(int[][] pool, long seed) {
        int total = 0;
        for (int[] entry : pool) {
            total += entry[1];
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] codes = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int pick = random.nextInt(total);
            for (int[] entry : pool) {
                pick -= entry[1];
                if (pick < 0) {
                    codes[i] = entry[0];
                    break;
                }
            }
        }
        return codes;
    }
}
