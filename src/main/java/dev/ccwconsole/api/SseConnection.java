package dev.ccwconsole.api;

import dev.ccwconsole.service.EventSink;
import dev.ccwconsole.service.ServiceEvent;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One SSE connection, written with Vert.x directly: pre-encoded frames (shared by all subscribers) are queued, and at
 * most one write is in flight; whatever queues up meanwhile leaves as one buffer when that write completes. Under
 * load a subscriber thus gets few large writes instead of one write and flush per event.
 *
 * <p>Threads: the hub calls {@link #offer} with its publish lock held and the heartbeat thread calls {@link #control};
 * both only enqueue and, if no flush is pending, schedule one on the connection's event-loop {@link Context}. All
 * writes to {@code response} happen on that context ({@link #flush} and the write completions). The {@code pending}
 * flag is true from scheduling a flush until the queue is found empty with no write in flight, so a busy connection
 * costs no extra tasks per event.
 *
 * <p>Write coalescing ({@code ccw.events.write-coalescing}): a flush that comes sooner than {@code coalesceMillis}
 * after the previous write waits for the rest of that interval on a timer of the same context, so the events of a
 * burst (an ssch makes five within a few hundred microseconds) leave in one write. On loopback a write completes at
 * once, so "one write in flight" alone batches nothing; the write syscalls and the receivers' wake-ups are what 100
 * subscribers cost. An event after a quiet spell is written at once.
 *
 * <p>A client more than {@code bound} live events behind loses its connection, not the events: it resumes from the
 * history with Last-Event-ID (architecture "Threads and ownership").
 */
final class SseConnection implements EventSink {

    /** A frame outside the id sequence (heartbeat): does not count against the bound. */
    private record Control(byte[] bytes) {
    }

    private final Context context;
    private final HttpServerResponse response;
    private final SseEventSink sink;
    private final int bound;
    private final long coalesceNanos;
    /** Event loop only: when the last write was issued, and whether a coalescing timer is armed. */
    private long lastWriteNanos;
    private boolean timerArmed;
    /** Live frames as {@code byte[]}, heartbeats as {@link Control}, in the order they must be written. */
    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    /** Live frames queued or in flight. */
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;
    /** Gap notice and replayed history: written before anything queued live. Set once by {@link #start}. */
    private volatile List<byte[]> first = List.of();
    private volatile Runnable cancel = () -> { };

    SseConnection(Context context, HttpServerResponse response, SseEventSink sink, int bound, long coalesceMillis) {
        this.context = context;
        this.response = response;
        this.sink = sink;
        this.bound = bound;
        this.coalesceNanos = TimeUnit.MILLISECONDS.toNanos(coalesceMillis);
        this.lastWriteNanos = System.nanoTime() - coalesceNanos;
    }

    @Override
    public boolean offer(ServiceEvent event) {
        if (closed.get()) {
            return true;
        }
        if (live.incrementAndGet() > bound) {
            return false;
        }
        queue.add(event.wireForm(SseFrames::of));
        if (started) {
            schedule();
        }
        return true;
    }

    @Override
    public void overflowed() {
        close();
    }

    /** Sends {@code firstFrames} ahead of the live events queued since the subscription, then everything live. */
    void start(List<byte[]> firstFrames, Runnable cancelSubscription) {
        this.cancel = cancelSubscription;
        this.first = firstFrames;
        started = true;
        schedule();
    }

    /** Queues a control frame (heartbeat) without counting it against the bound. */
    void control(byte[] frame) {
        if (!closed.get() && started) {
            queue.add(new Control(frame));
            schedule();
        }
    }

    boolean isClosed() {
        return closed.get() || sink.isClosed();
    }

    /** Ends the subscription and, on the event loop after the frames already written, the response. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            cancel.run();
            try {
                context.runOnContext(v -> {
                    try {
                        sink.close();
                    } catch (RuntimeException ignored) {
                        // the client is gone already
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                // the event loop is gone (shutdown) and took the connection with it
            }
        }
    }

    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            context.runOnContext(v -> flush());
        }
    }

    /** Event loop only: writes everything queued as one buffer, or clears {@code pending} when there is nothing. */
    private void flush() {
        while (true) {
            if (closed.get()) {
                return;
            }
            if (response.closed()) {
                close();
                return;
            }
            if (timerArmed) {
                return;
            }
            long sinceWrite = System.nanoTime() - lastWriteNanos;
            if (sinceWrite < coalesceNanos && !queue.isEmpty()) {
                timerArmed = true;
                long waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(coalesceNanos - sinceWrite));
                context.owner().setTimer(waitMillis, id -> {
                    timerArmed = false;
                    lastWriteNanos = System.nanoTime() - coalesceNanos;
                    flush();
                });
                return;
            }
            Buffer batch = Buffer.buffer();
            List<byte[]> head = first;
            if (!head.isEmpty()) {
                first = List.of();
                head.forEach(batch::appendBytes);
            }
            int liveFrames = 0;
            for (Object frame = queue.poll(); frame != null; frame = queue.poll()) {
                if (frame instanceof Control c) {
                    batch.appendBytes(c.bytes());
                } else {
                    batch.appendBytes((byte[]) frame);
                    liveFrames++;
                }
            }
            if (batch.length() > 0) {
                write(batch, liveFrames);
                return;
            }
            pending.set(false);
            // an offer between the poll and the reset saw pending=true and did not schedule: take it over
            if (queue.isEmpty() || !pending.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void write(Buffer batch, int liveFrames) {
        lastWriteNanos = System.nanoTime();
        try {
            response.write(batch).onComplete(done -> {
                live.addAndGet(-liveFrames);
                if (done.failed()) {
                    close();
                } else {
                    flush();
                }
            });
        } catch (RuntimeException e) {
            // the response ended or was reset under us: the client is gone
            close();
        }
    }
}
