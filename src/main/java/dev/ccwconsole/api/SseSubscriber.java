package dev.ccwconsole.api;

import dev.ccwconsole.service.EventSink;
import dev.ccwconsole.service.ServiceEvent;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One SSE connection: a bounded queue in front of the sink and one send in flight at a time. The hub only enqueues
 * (never blocks); when a client falls more than {@code bound} live events behind it loses its connection, not the
 * events — it resumes from history with Last-Event-ID (architecture "Threads and ownership").
 */
final class SseSubscriber implements EventSink {

    private final SseEventSink sink;
    private final Sse sse;
    private final int bound;
    private final ConcurrentLinkedDeque<OutboundSseEvent> queue = new ConcurrentLinkedDeque<>();
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;
    private volatile Runnable cancel = () -> { };

    SseSubscriber(SseEventSink sink, Sse sse, int bound) {
        this.sink = sink;
        this.sse = sse;
        this.bound = bound;
    }

    @Override
    public boolean offer(ServiceEvent event) {
        if (closed.get()) {
            return true;
        }
        if (live.incrementAndGet() > bound) {
            return false;
        }
        queue.addLast(frame(event));
        if (started) {
            drain();
        }
        return true;
    }

    @Override
    public void overflowed() {
        close();
    }

    /** Puts the first frames (gap notice, replayed history) before anything queued live, then starts sending. */
    synchronized void start(List<OutboundSseEvent> first, Runnable cancelSubscription) {
        this.cancel = cancelSubscription;
        for (int i = first.size() - 1; i >= 0; i--) {
            queue.addFirst(first.get(i));
        }
        started = true;
        drain();
    }

    /** Frames outside the id sequence (heartbeat): queued without counting against the bound. */
    void control(OutboundSseEvent frame) {
        if (!closed.get() && started) {
            queue.addLast(frame);
            drain();
        }
    }

    OutboundSseEvent frame(ServiceEvent e) {
        return sse.newEventBuilder().id(Long.toString(e.id())).name(e.type().wireName()).data(e.json())
                .mediaType(MediaType.TEXT_PLAIN_TYPE).build();
    }

    boolean isClosed() {
        return closed.get() || sink.isClosed();
    }

    private void drain() {
        while (!closed.get() && sending.compareAndSet(false, true)) {
            OutboundSseEvent next = queue.pollFirst();
            if (next == null) {
                sending.set(false);
                if (queue.isEmpty()) {
                    return;
                }
                continue;
            }
            boolean counted = next.getId() != null && !"gap".equals(next.getName());
            CompletableFuture<?> sent;
            try {
                sent = sink.send(next).toCompletableFuture();
            } catch (RuntimeException e) {
                close();
                return;
            }
            if (sent.isDone() && !sent.isCompletedExceptionally()) {
                done(counted);
                continue;
            }
            sent.whenComplete((ok, error) -> {
                if (error != null) {
                    close();
                    return;
                }
                done(counted);
                drain();
            });
            return;
        }
    }

    private void done(boolean counted) {
        if (counted) {
            live.decrementAndGet();
        }
        sending.set(false);
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            cancel.run();
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // the client is gone already
            }
        }
    }
}
