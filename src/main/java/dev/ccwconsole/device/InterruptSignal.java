package dev.ccwconsole.device;

import java.util.function.LongConsumer;

/**
 * An eventfd: a counter the kernel side adds to and the user side drains. On the native backend it is a real
 * eventfd watched by one epoll thread; on the emulator an in-JVM counter with a number from the emulator's fd
 * table, so that the same {@code vfio_irq_set} bytes attach it on both.
 *
 * <p>Threads: the listener runs on the backend's interrupt thread (native: the epoll thread; emulator: the
 * emulated kernel's interrupt work thread), once per wake-up, with the count drained at that moment. It must
 * not block. Signals that arrive while no listener is set accumulate in the counter: none is lost.
 */
public interface InterruptSignal extends AutoCloseable {

    /** The number to put into {@code vfio_irq_set.data} for {@code VFIO_IRQ_SET_DATA_EVENTFD}. */
    int fd();

    /** Sets the listener (replacing any previous one); pending counts are delivered to it promptly. */
    void onSignal(LongConsumer listener);

    /** Non-blocking read of the counter: its value, reset to 0 (0 when nothing was signalled). */
    long drain();

    @Override
    void close();
}
