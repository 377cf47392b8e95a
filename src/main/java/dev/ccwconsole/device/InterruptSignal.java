package dev.ccwconsole.device;

import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * An eventfd: a counter the kernel side adds to and the user side drains. On the native backend it is a real
 * eventfd watched by one epoll thread; on the emulator an in-JVM counter with a number from the emulator's fd
 * table, so that the same {@code vfio_irq_set} bytes attach it on both.
 *
 * <p>Threads: the listener runs on the backend's interrupt thread (native: the epoll thread; emulator: the
 * emulated kernel's interrupt work thread), or on an executor the caller names, once per wake-up, with the count
 * drained at that moment. It must not block. Signals that arrive while no listener is set accumulate in the
 * counter: none is lost.
 */
public interface InterruptSignal extends AutoCloseable {

    /** The number to put into {@code vfio_irq_set.data} for {@code VFIO_IRQ_SET_DATA_EVENTFD}. */
    int fd();

    /**
     * Sets the listener (replacing any previous one), run on the backend's interrupt thread; pending counts are
     * delivered to it promptly.
     */
    default void onSignal(LongConsumer listener) {
        onSignal(listener, null);
    }

    /**
     * Sets the listener to run on {@code executor} (null: the backend's interrupt thread). A consumer that would
     * hand every wake-up to a thread of its own names that thread here: the backend then submits to it directly
     * instead of waking its interrupt thread first (on the emulator one thread switch less per interrupt).
     */
    void onSignal(LongConsumer listener, Executor executor);

    /** Non-blocking read of the counter: its value, reset to 0 (0 when nothing was signalled). */
    long drain();

    @Override
    void close();
}
