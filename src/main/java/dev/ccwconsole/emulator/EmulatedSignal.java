package dev.ccwconsole.emulator;

import dev.ccwconsole.device.InterruptSignal;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * An in-JVM eventfd: an 8-byte counter that signalling adds to and draining resets, with a number in the
 * emulator's fd table so {@code VFIO_DEVICE_SET_IRQS} can name it.
 *
 * <p>Threads: {@link #signal} may be called from any thread. The listener runs on {@code delivery} (the emulated
 * kernel's interrupt thread) or on the executor given with it. A delivery task drains the counter, so counts that
 * arrive while no listener is set, or while a delivery runs, are kept and delivered by the next task: none is lost.
 */
final class EmulatedSignal implements InterruptSignal {

    private final int fd;
    private final SignalTable table;
    private final Executor delivery;
    private final AtomicLong counter = new AtomicLong();
    /** A listener and the executor it runs on, replaced together. */
    private record Delivery(LongConsumer listener, Executor executor) {
    }

    private final AtomicReference<Delivery> listener = new AtomicReference<>();
    private volatile boolean closed;

    EmulatedSignal(int fd, SignalTable table, Executor delivery) {
        this.fd = fd;
        this.table = table;
        this.delivery = delivery;
    }

    @Override
    public int fd() {
        return fd;
    }

    /** {@code eventfd_signal}: add one and wake the listener. */
    void signal() {
        if (closed) {
            return;
        }
        counter.incrementAndGet();
        Delivery d = listener.get();
        if (d != null) {
            d.executor().execute(this::deliver);
        }
    }

    private void deliver() {
        Delivery d = listener.get();
        if (d == null) {
            return;
        }
        long n = counter.getAndSet(0);
        if (n > 0) {
            d.listener().accept(n);
        }
    }

    @Override
    public void onSignal(LongConsumer newListener, Executor executor) {
        Delivery d = newListener == null ? null : new Delivery(newListener, executor == null ? delivery : executor);
        listener.set(d);
        if (d != null && counter.get() > 0) {
            d.executor().execute(this::deliver);
        }
    }

    @Override
    public long drain() {
        return counter.getAndSet(0);
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        listener.set(null);
        table.release(fd);
    }
}
