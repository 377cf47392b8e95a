package dev.ccwconsole.nativ;

import com.sun.jna.Memory;
import dev.ccwconsole.abi.Errno;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A non-blocking, close-on-exec eventfd, the kind VFIO signals an IRQ on (spec §2.3 step 7). The counter is
 * an 8-byte unsigned value in native byte order; a read returns it and resets it to zero (no
 * {@code EFD_SEMAPHORE}, spec §9.4), so several signals before one read coalesce into their sum.
 */
public final class EventFd implements AutoCloseable {

    private final int fd;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EventFd(int fd) {
        this.fd = fd;
    }

    public static EventFd create() {
        return new EventFd(Libc.eventfd(0, LinuxConstants.EFD_NONBLOCK | LinuxConstants.EFD_CLOEXEC));
    }

    public int fd() {
        return fd;
    }

    /** Adds {@code count} (1 .. 2^64-2) to the counter; this is what the kernel does when the IRQ fires. */
    public void signal(long count) {
        if (count == 0 || count == -1L) {
            throw new IllegalArgumentException("eventfd increment must be in 1..0xfffffffffffffffe, was " + count);
        }
        Memory value = new Memory(8);
        value.setLong(0, count);
        Libc.write(fd, value, 8);
    }

    /** Reads and resets the counter; returns 0 when nothing was signalled since the last drain (EAGAIN). */
    public long drain() {
        return drain(fd);
    }

    /** Drains any non-blocking eventfd given by number, as {@link #drain()} does. */
    static long drain(int eventFd) {
        Memory value = new Memory(8);
        try {
            Libc.read(eventFd, value, 8);
        } catch (NativeCallException e) {
            if (e.errno() == Errno.EAGAIN.number()) {
                return 0;
            }
            throw e;
        }
        return value.getLong(0);
    }

    /** Closes the fd once; later calls do nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            Libc.close(fd);
        }
    }
}
