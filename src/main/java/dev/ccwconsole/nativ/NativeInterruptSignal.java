package dev.ccwconsole.nativ;

import dev.ccwconsole.device.InterruptSignal;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * A real eventfd registered on the shared {@link EpollLoop}: the number passed in {@code VFIO_DEVICE_SET_IRQS}
 * (spec §2.6). The loop drains the counter and calls {@link #arrived}; counts that arrive while no listener is
 * set are kept in {@code pending} and handed over, on the epoll thread, when a listener is set, so no
 * interrupt is lost (the {@link InterruptSignal} contract).
 *
 * <p>Threads: listeners run on the epoll thread, or are submitted from it to the executor given with them.
 * {@code beforeDelivery} (the device's IRB peek for the IO IRQ, spec §3.6) runs on the epoll thread before the
 * count is handed on. {@code pending} and {@code listener} are guarded by this object's monitor; listeners are
 * called outside it.
 */
final class NativeInterruptSignal implements InterruptSignal {

    private final EventFd eventFd;
    private final EpollLoop loop;
    private final IntConsumer beforeDelivery;
    private LongConsumer listener;
    private long pending;
    private boolean closed;

    /** Creates the eventfd and registers it; {@code beforeDelivery} gets the fd before every drained count. */
    static NativeInterruptSignal create(EpollLoop loop, IntConsumer beforeDelivery) {
        EventFd eventFd = EventFd.create();
        NativeInterruptSignal signal = new NativeInterruptSignal(eventFd, loop, beforeDelivery);
        try {
            loop.register(eventFd.fd(), signal::arrived);
        } catch (RuntimeException e) {
            eventFd.close();
            throw e;
        }
        return signal;
    }

    private NativeInterruptSignal(EventFd eventFd, EpollLoop loop, IntConsumer beforeDelivery) {
        this.eventFd = eventFd;
        this.loop = loop;
        this.beforeDelivery = beforeDelivery;
    }

    @Override
    public int fd() {
        return eventFd.fd();
    }

    @Override
    public void onSignal(LongConsumer newListener, Executor executor) {
        boolean flush;
        synchronized (this) {
            listener = newListener == null || executor == null ? newListener
                    : count -> executor.execute(() -> newListener.accept(count));
            flush = newListener != null && pending > 0 && !closed;
        }
        if (flush) {
            loop.execute(() -> arrived(0));
        }
    }

    @Override
    public long drain() {
        synchronized (this) {
            long kept = pending;
            pending = 0;
            return closed ? kept : kept + eventFd.drain();
        }
    }

    /** On the epoll thread: a drained count (0 = only hand over what is pending). */
    private void arrived(long count) {
        if (count > 0) {
            beforeDelivery.accept(eventFd.fd());
        }
        LongConsumer target;
        long total;
        synchronized (this) {
            pending += count;
            if (listener == null || pending == 0) {
                return;
            }
            target = listener;
            total = pending;
            pending = 0;
        }
        target.accept(total);
    }

    /** Unregisters (no callback runs after this returns) and closes the eventfd. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        loop.unregister(eventFd.fd());
        eventFd.close();
    }
}
