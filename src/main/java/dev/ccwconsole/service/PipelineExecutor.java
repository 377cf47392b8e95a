package dev.ccwconsole.service;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Turns backend signals into events one task at a time: eventfd wake-ups (IO, CRW, REQ) and emulated halt/clear
 * results. Backend listeners must not block (device SPI javadoc), so they only hand work to this executor.
 *
 * <p>Order and exclusion: tasks run in the order they were submitted and never two at once; each run of tasks
 * happens-before the next (the queue and the {@code scheduled} flag), so the pipeline's state needs no lock of its
 * own even though it is not always the same thread that runs it.
 *
 * <p>Where tasks run: a task submitted while nothing is queued or running, by a thread with a {@link LocalLoop}
 * (an event loop issuing a START whose zero-latency device interrupts within the write), runs on that thread after
 * its current task; every other batch runs on the {@code ccw-interrupts} thread. The former spares two thread
 * wake-ups per execute (this thread, then the event loop again for the answer): an execute's server CPU went from
 * 0.176 to 0.128 ms (benchmarks.md, session 6). Tasks that other threads submit meanwhile join that batch. An event
 * loop runs at most {@value #MAX_TASKS_ON_LOCAL_LOOP} tasks in a row and hands the rest to the pipeline thread, so
 * a burst of interrupts from other threads cannot hold it from its connections. Only the emulator signals on the
 * thread of the region write; its region reads wait for its I/O mutex at most for another region access of the same
 * subchannel (microseconds, no device time inside). The native backend signals from its epoll thread, so there the
 * kernel's blocking {@code pread} never runs on an event loop. (FSM transitions are published where they happen,
 * see {@link FsmHistory}.)
 */
@Singleton
public class PipelineExecutor implements Executor {

    private static final Logger LOG = Logger.getLogger(PipelineExecutor.class);
    static final int MAX_TASKS_ON_LOCAL_LOOP = 64;

    private final LocalLoop localLoop;
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    // true from the moment a batch is handed to a thread until that batch finds the queue empty
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ccw-interrupts");
        t.setDaemon(true);
        return t;
    });

    public PipelineExecutor(LocalLoop localLoop) {
        this.localLoop = localLoop;
    }

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        if (scheduled.compareAndSet(false, true) && !deferredLocally()) {
            thread.execute(() -> runBatch(false));
        }
    }

    private boolean deferredLocally() {
        try {
            return localLoop.deferHere(() -> runBatch(true));
        } catch (RuntimeException e) {
            // a loop that refuses work (shutting down) must not leave 'scheduled' set with nobody to run the batch
            return false;
        }
    }

    private void runBatch(boolean onLocalLoop) {
        int ran = 0;
        do {
            Runnable task;
            while ((task = queue.poll()) != null) {
                runSafely(task);
                if (onLocalLoop && ++ran >= MAX_TASKS_ON_LOCAL_LOOP && !queue.isEmpty()) {
                    thread.execute(() -> runBatch(false)); // 'scheduled' stays set: the pipeline thread goes on
                    return;
                }
            }
            scheduled.set(false);
            // a task added after the poll above but before the reset found 'scheduled' set and left it to us
        } while (!queue.isEmpty() && scheduled.compareAndSet(false, true));
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("interrupt pipeline task failed", e);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
