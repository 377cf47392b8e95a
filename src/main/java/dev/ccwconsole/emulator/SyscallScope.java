package dev.ccwconsole.emulator;

import dev.ccwconsole.emulator.css.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The emulator's notion of "after the syscall returned". Work scheduled with no delay while an emulated syscall
 * runs on this thread is run by the same thread right after the syscall body has released its locks: the
 * channel program of a zero-latency device completes, its interrupt reaches the FSM and the bottom half copies
 * the IRB, all after the region write returned its result and never inside it (E-44), and with no thread
 * hand-off (which is what makes a million START/interrupt cycles a second possible). Outside a syscall, and for
 * delayed work, a timer and one worker thread run it.
 *
 * <p>Threads: the per-thread queue is confined to its thread; the worker is single-threaded, like the kernel's
 * single-threaded vfio-ccw workqueue.
 */
final class SyscallScope implements Scheduler {

    /** One per thread, kept for the thread's life: a syscall cycle allocates no queue and no ThreadLocal entry. */
    private static final class ThreadScope {
        final Thread thread = Thread.currentThread();
        final ArrayDeque<Runnable> queue = new ArrayDeque<>(4);
        boolean active;
        /** The time of this syscall, read at its first use; null outside a syscall and until then. */
        Instant instant;
    }

    private static final ThreadLocal<ThreadScope> SCOPE = ThreadLocal.withInitial(ThreadScope::new);

    private ThreadScope current() {
        ThreadScope s = last;
        if (s != null && s.thread == Thread.currentThread()) {
            return s;
        }
        s = SCOPE.get();
        last = s;
        return s;
    }

    private final ScheduledExecutorService timer;
    private final Executor worker;
    /**
     * The scope the last lookup found: a START cycle looks its scope up seven times, and a thread-local map probe
     * each time was a thirtieth of the cycle. Any thread may overwrite it; a reader uses it only if it is its own
     * ({@code thread} is final, so a scope seen here is fully built), else asks the thread-local.
     */
    private ThreadScope last;

    SyscallScope(ScheduledExecutorService timer, Executor worker) {
        this.timer = timer;
        this.worker = worker;
    }

    @Override
    public void schedule(Runnable task, long delayNanos) {
        if (delayNanos <= 0) {
            ThreadScope scope = current();
            if (scope.active) {
                scope.queue.add(task);
            } else {
                worker.execute(task);
            }
        } else {
            timer.schedule(() -> worker.execute(task), delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * A clock that reads {@code base} once per emulated syscall: everything one syscall causes (a START's IO_REQ and,
     * for a zero-latency device, the INTERRUPT and the return to IDLE that run when it returns) carries that one
     * time. Three clock reads were a tenth of a START cycle; the events are microseconds apart. Outside a syscall
     * (delayed device work on the worker) every read is fresh.
     */
    Clock perSyscall(Clock base) {
        return new Clock() {
            @Override
            public Instant instant() {
                ThreadScope scope = current();
                if (!scope.active) {
                    return base.instant();
                }
                if (scope.instant == null) {
                    scope.instant = base.instant();
                }
                return scope.instant;
            }

            @Override
            public ZoneId getZone() {
                return base.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return perSyscall(base.withZone(zone));
            }
        };
    }

    /** Runs a syscall body, then the work it scheduled (and the work that scheduled), in order. */
    <T> T syscall(java.util.function.Supplier<T> body) {
        boolean outermost = enter();
        try {
            return body.get();
        } finally {
            exit(outermost);
        }
    }

    /**
     * The two halves of {@link #syscall}, for the hot region reads and writes, which would otherwise allocate a
     * capturing lambda per call: {@code boolean o = enter(); try { body } finally { exit(o); }}. True when this is
     * the outermost syscall of the thread (a nested one, e.g. a reset inside close, leaves the draining to it).
     */
    boolean enter() {
        ThreadScope scope = current();
        if (scope.active) {
            return false;
        }
        scope.active = true;
        return true;
    }

    /** Ends a syscall begun by {@link #enter}: the outermost runs the work scheduled meanwhile, in order. */
    void exit(boolean outermost) {
        if (!outermost) {
            return;
        }
        ThreadScope scope = current();
        try {
            Runnable r;
            while ((r = scope.queue.poll()) != null) {
                r.run();
            }
        } finally {
            scope.active = false;
            scope.instant = null;
            scope.queue.clear(); // only left non-empty when a task threw: its successors are dropped as before
        }
    }
}
