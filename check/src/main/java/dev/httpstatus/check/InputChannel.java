package dev.httpstatus.check;

import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.report.SetAside;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The results of one input checked by a worker thread, waiting for their turn in the report. Bounded
 * by an estimate of the memory its events hold: a worker that gets ahead of the report waits, so a
 * parallel run holds at most its number of jobs times {@link #BUDGET} whatever the input sizes, and
 * the input being reported streams through with constant memory.
 *
 * <p>One worker puts, the report thread takes.
 */
final class InputChannel implements Results {

    /** Bytes of events held per input before its worker waits. */
    static final long BUDGET = 4L << 20;

    /** What a worker passes on. */
    sealed interface Event permits Checked, Skipped, Bad, Failed, End {}

    record Checked(Exchange x, List<Finding> reported, List<SetAside> setAside) implements Event {}

    record Skipped(Skip skip) implements Event {}

    record Bad(BadInputException e) implements Event {}

    /** The worker failed with something other than bad input: a bug, which ends the run as in a serial one. */
    record Failed(Throwable t) implements Event {}

    /** The input was read to its end (or to its bad-input error). */
    record End() implements Event {}

    private record Held(Event event, long cost) {}

    private final long budget;
    private final ArrayDeque<Held> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final AtomicLong bytesRead = new AtomicLong();
    private long used;
    private boolean cancelled;

    InputChannel() {
        this(BUDGET);
    }

    InputChannel(long budget) {
        this.budget = budget;
    }

    @Override
    public void exchange(Exchange x, List<Finding> reported, List<SetAside> setAside) {
        put(new Checked(x, reported, setAside), cost(x) + 96L * (reported.size() + setAside.size()), true);
    }

    @Override
    public void skipped(Skip skip) {
        put(new Skipped(skip), 128 + 2L * skip.reason().length(), true);
    }

    @Override
    public void badInput(BadInputException e) {
        put(new Bad(e), 256, true);
    }

    /** The worker is done: never waits, so a finished worker always frees its thread. */
    void end() {
        put(new End(), 0, false);
    }

    void fail(Throwable t) {
        put(new Failed(t), 0, false);
    }

    /** The reader's progress: bytes of the input read so far. */
    void progress(long bytes) {
        bytesRead.set(bytes);
    }

    long bytesRead() {
        return bytesRead.get();
    }

    /**
     * Adds an event, waiting while the channel is over budget (unless it is empty, so one large event
     * always passes, or {@code bounded} is false).
     *
     * @throws CancellationException if the run stopped: the worker should give up
     */
    private void put(Event e, long cost, boolean bounded) {
        lock.lock();
        try {
            while (bounded && !cancelled && !queue.isEmpty() && used + cost > budget) {
                notFull.await();
            }
            if (cancelled) {
                throw new CancellationException("the check was stopped");
            }
            queue.add(new Held(e, cost));
            used += cost;
            notEmpty.signal();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the check was stopped");
        } finally {
            lock.unlock();
        }
    }

    /** The next event, or null if none came within {@code millis}. */
    Event take(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (queue.isEmpty()) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            Held h = queue.poll();
            used -= h.cost();
            notFull.signal();
            return h.event();
        } finally {
            lock.unlock();
        }
    }

    /** The estimated bytes held now. */
    long held() {
        lock.lock();
        try {
            return used;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the worker at its next event and drops what it left. */
    void cancel() {
        lock.lock();
        try {
            cancelled = true;
            queue.clear();
            used = 0;
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A rough count of the bytes an exchange holds: its texts as UTF-16, plus object overhead. */
    static long cost(Exchange x) {
        long c = 256 + 2L * (x.url().length() + x.methodText().length() + x.reasonPhrase().length());
        c += cost(x.request()) + cost(x.response());
        c += 2L * x.body().map(String::length).orElse(0);
        for (String n : x.notes()) {
            c += 64 + 2L * n.length();
        }
        return c;
    }

    private static long cost(Headers h) {
        long c = 0;
        for (int i = 0; i < h.size(); i++) {
            c += 64 + 2L * (h.name(i).length() + h.value(i).length());
        }
        return c;
    }
}
