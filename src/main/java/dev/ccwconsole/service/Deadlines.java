package dev.ccwconsole.service;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Execute deadlines without a timer task per operation: nearly every deadline is cancelled by its final interrupt
 * within microseconds, so arming and cancelling one scheduled task each (a queue insert, a removal and often a
 * wake-up of the timer thread) cost more than the work they guard. Instead a deadline is an entry in a set, and
 * one sweep, scheduled every {@code tick} while the set is non-empty, expires what is due. A deadline thus fires
 * between its time and one tick later.
 *
 * <p>Threads: {@link #add} and {@link Deadline#cancel} from any thread; sweeps and the expiry actions run on
 * {@code timer}. {@code armed} is true while a sweep is scheduled; an add that finds it false schedules one, and a
 * sweep that leaves entries behind schedules the next, so no entry is left without a sweep.
 */
final class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class);

    /** One pending deadline; {@link #cancel} or expiry removes it, whichever comes first wins the entry. */
    final class Deadline {
        private final long dueNanos;
        private final Runnable onExpiry;

        private Deadline(long dueNanos, Runnable onExpiry) {
            this.dueNanos = dueNanos;
            this.onExpiry = onExpiry;
        }

        /** True if the deadline had not expired yet (its action will never run). */
        boolean cancel() {
            return pending.remove(this);
        }
    }

    private final ScheduledExecutorService timer;
    private final long tickNanos;
    private final Set<Deadline> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean armed = new AtomicBoolean();

    Deadlines(ScheduledExecutorService timer, long tick, TimeUnit unit) {
        this.timer = timer;
        this.tickNanos = unit.toNanos(tick);
    }

    /** Runs {@code onExpiry} on the timer thread once {@code timeoutMillis} have passed, unless cancelled first. */
    Deadline add(long timeoutMillis, Runnable onExpiry) {
        Deadline d = new Deadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis), onExpiry);
        pending.add(d);
        arm();
        return d;
    }

    int size() {
        return pending.size();
    }

    private void arm() {
        if (armed.compareAndSet(false, true)) {
            try {
                timer.schedule(this::sweep, tickNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                armed.set(false);
            }
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        try {
            for (Deadline d : pending) {
                if (now - d.dueNanos >= 0 && pending.remove(d)) {
                    expire(d);
                }
            }
        } finally {
            armed.set(false);
            // an add between the loop and the reset saw armed=true and did not schedule: schedule for it
            if (!pending.isEmpty()) {
                arm();
            }
        }
    }

    /** One failing action must not stop the sweeps: the others still expire, now and later. */
    private static void expire(Deadline d) {
        try {
            d.onExpiry.run();
        } catch (RuntimeException e) {
            LOG.error("execute deadline action failed", e);
        }
    }
}
