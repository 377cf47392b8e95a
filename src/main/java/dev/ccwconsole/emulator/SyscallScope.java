package dev.ccwconsole.emulator;

import dev.ccwconsole.emulator.css.Scheduler;
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
        final ArrayDeque<Runnable> queue = new ArrayDeque<>(4);
        boolean active;
    }

    private static final ThreadLocal<ThreadScope> SCOPE = ThreadLocal.withInitial(ThreadScope::new);

    private final ScheduledExecutorService timer;
    private final Executor worker;

    SyscallScope(ScheduledExecutorService timer, Executor worker) {
        this.timer = timer;
        this.worker = worker;
    }

    @Override
    public void schedule(Runnable task, long delayNanos) {
        if (delayNanos <= 0) {
            ThreadScope scope = SCOPE.get();
            if (scope.active) {
                scope.queue.add(task);
            } else {
                worker.execute(task);
            }
        } else {
            timer.schedule(() -> worker.execute(task), delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Runs a syscall body, then the work it scheduled (and the work that scheduled), in order. */
    <T> T syscall(java.util.function.Supplier<T> body) {
        ThreadScope scope = SCOPE.get();
        if (scope.active) {
            return body.get(); // nested (e.g. a reset inside close): the outer scope drains
        }
        scope.active = true;
        try {
            return body.get();
        } finally {
            try {
                Runnable r;
                while ((r = scope.queue.poll()) != null) {
                    r.run();
                }
            } finally {
                scope.active = false;
                scope.queue.clear(); // only left non-empty when a task threw: its successors are dropped as before
            }
        }
    }
}
