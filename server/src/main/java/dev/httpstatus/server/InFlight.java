package dev.httpstatus.server;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts replies that were promised but not yet written (those held back by {@code ?delay=}), so
 * that a graceful shutdown can wait for them instead of cancelling them with the event loops'
 * scheduled tasks.
 *
 * <pre>{@code
 * inFlight.begin();
 * executor.schedule(() -> { try { write(); } finally { inFlight.end(); } }, delay, MILLISECONDS);
 * }</pre>
 */
final class InFlight {

    private final AtomicInteger pending = new AtomicInteger();

    void begin() {
        pending.incrementAndGet();
    }

    void end() {
        pending.decrementAndGet();
    }

    /** Waits until nothing is pending or the time is up; true if nothing is pending. */
    boolean awaitNone(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (pending.get() > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
