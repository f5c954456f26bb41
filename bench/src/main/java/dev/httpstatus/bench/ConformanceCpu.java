package dev.httpstatus.bench;

import com.sun.management.ThreadMXBean;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Rule;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The parts of {@link ConformanceBenchmark} timed by the thread's CPU time rather than the wall
 * clock, so that a machine shared with other builds does not inflate them, and the bytes each
 * rule allocates on the same finding-free exchange (the rules that allocate nothing are not listed).
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar dev.httpstatus.bench.ConformanceCpu
 * }</pre>
 */
public final class ConformanceCpu {

    private static final int OPS = 300_000;
    private static final int ROUNDS = 5;

    private ConformanceCpu() {}

    public static void main(String[] args) {
        ConformanceBenchmark b = new ConformanceBenchmark();
        b.setUp();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        String[] names = {"check", "exchangeOf", "conformsToRfc"};
        Supplier<?>[] ops = {b::check, b::exchangeOf, b::conformsToRfc};
        int sink = 0;
        for (int round = 0; round <= ROUNDS; round++) { // round 0 warms up
            for (int k = 0; k < ops.length; k++) {
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                for (int i = 0; i < OPS; i++) {
                    sink += ops[k].get().hashCode() & 1;
                }
                if (round > 0) {
                    System.out.printf("round %d  %-14s cpu %6d ns/op  wall %6d ns/op  %5d B/op%n", round, names[k],
                            (threads.getCurrentThreadCpuTime() - cpu) / OPS, (System.nanoTime() - wall) / OPS,
                            (threads.getCurrentThreadAllocatedBytes() - bytes) / OPS);
                }
            }
        }
        System.out.println("bytes allocated per rule on the same exchange:");
        Rule.Reporter ignore = detail -> { };
        for (Rule r : Checker.standard().rules()) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 10_000; i++) {
                r.check(b.exchange(), ignore);
            }
            long per = (threads.getCurrentThreadAllocatedBytes() - bytes) / 10_000;
            if (per > 0) {
                System.out.printf("  %5d B  %s%n", per, r.id());
            }
        }
        System.out.println(sink >= 0 ? "" : "-");
    }
}
