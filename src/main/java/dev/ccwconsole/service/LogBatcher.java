package dev.ccwconsole.service;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Hands log records to their logger from one thread, a batch at a time.
 *
 * <p>Why: an audit line per execute, logged on the request's event loop, woke the console's async log thread once
 * per line (a futex wake and two context switches, about a tenth of an execute's CPU). Here the event loop only
 * queues the record; the writer thread, once awake, sleeps {@code gather} between drains, so under load it wakes
 * on its own timer and takes every record of that interval at once, and only its first record after an idle spell
 * costs a wake-up.
 *
 * <p>Threads: any thread may {@link #submit}; the writer thread alone calls {@link Logger#log(LogRecord)} (except
 * after {@link #close}). A record keeps the instant and thread id it was made with, so the line's time is when the
 * call happened, not when it was written. Records of one submitting thread are logged in their order. Nothing is dropped: while {@code capacity} records are waiting (the log's sink has
 * stalled) a submitter waits for room, the back-pressure the console's blocking async handler gave before. After
 * {@link #close} a submitter logs its record itself.
 */
public final class LogBatcher implements AutoCloseable {

    private final Logger logger;
    private final long gatherNanos;
    private final int capacity;
    private final ConcurrentLinkedQueue<LogRecord> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Thread writer;
    // set by the writer just before it parks without a timeout; a submitter that sees it unparks the writer
    private volatile boolean sleeping;
    private volatile boolean closed;

    public LogBatcher(Logger logger, Duration gather, int capacity, String threadName) {
        this.logger = logger;
        this.gatherNanos = gather.toNanos();
        this.capacity = capacity;
        this.writer = new Thread(this::run, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    public boolean isLoggable(Level level) {
        return logger.isLoggable(level);
    }

    public void submit(LogRecord record) {
        while (queued.get() >= capacity && !closed && writer.isAlive()) {
            LockSupport.unpark(writer);
            LockSupport.parkNanos(this, 100_000);
        }
        if (closed || !writer.isAlive()) {
            // no writer (closed, or ended by an Error): the caller writes what waits and its own record, so nothing
            // waits for a thread that is gone
            drain();
            logger.log(record);
            return;
        }
        queued.incrementAndGet();
        queue.offer(record);
        if (sleeping) {
            LockSupport.unpark(writer);
        }
    }

    private void run() {
        while (!closed) {
            drain();
            LockSupport.parkNanos(this, gatherNanos);
            if (queue.isEmpty()) {
                // Dekker-style hand-shake with submit(): either the submitter sees sleeping and unparks us, or we
                // see its record here and do not park
                sleeping = true;
                if (queue.isEmpty() && !closed) {
                    LockSupport.park(this);
                }
                sleeping = false;
            }
        }
    }

    private void drain() {
        LogRecord r;
        while ((r = queue.poll()) != null) {
            queued.decrementAndGet();
            try {
                logger.log(r);
            } catch (RuntimeException e) {
                // a failing handler must not end the writer: later records would then pile up unwritten
                System.err.println("log record not written: " + e);
            }
        }
    }

    /** Stops the writer and logs whatever is still queued, on the calling thread. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
