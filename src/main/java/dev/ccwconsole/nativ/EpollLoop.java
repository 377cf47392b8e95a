package dev.ccwconsole.nativ;

import com.sun.jna.Memory;
import dev.ccwconsole.abi.Errno;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * One daemon thread that waits on an epoll set for every registered eventfd (the VFIO IO/CRW/REQ IRQ
 * eventfds, spec §3.6) and, when one becomes readable, drains it and hands the drained counter to that fd's
 * callback. Several signals between two wake-ups therefore arrive as one call with their sum.
 *
 * <p><b>Thread ownership.</b> Callbacks run on the epoll thread, one at a time, and must not block: they
 * should enqueue work for the device's own executor and return. {@link #register} and {@link #unregister}
 * may be called from any thread, including from a callback ({@code epoll_ctl} is safe against a concurrent
 * {@code epoll_wait}). When {@code unregister} returns, no callback for that fd is running or will run: it
 * waits for the batch in progress to finish (at most one non-blocking callback batch). The loop never closes
 * a registered fd; the registering side owns it and must unregister before closing it.
 *
 * <p>An exception from a callback, or a failing drain, goes to the failure handler and does not stop the
 * loop. {@link #close()} wakes the thread through an internal eventfd, joins it and closes the epoll fd.
 */
public final class EpollLoop implements AutoCloseable {

    private static final int MAX_EVENTS = 32;
    private static final System.Logger LOG = System.getLogger(EpollLoop.class.getName());

    private final EpollEventLayout layout = EpollEventLayout.current();
    private final int epollFd;
    private final EventFd wakeup;
    private final Map<Integer, LongConsumer> callbacks = new ConcurrentHashMap<>();
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ReentrantLock dispatchLock = new ReentrantLock();
    private final BiConsumer<Integer, Throwable> failureHandler;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Thread thread;
    /** Set by the loop thread when it has closed the epoll fd and the wake-up eventfd; guarded by this. */
    private boolean fdsClosed;

    private EpollLoop(String threadName, BiConsumer<Integer, Throwable> failureHandler) {
        this.failureHandler = failureHandler;
        this.epollFd = Libc.epollCreate1(LinuxConstants.EPOLL_CLOEXEC);
        try {
            this.wakeup = EventFd.create();
            addToEpoll(wakeup.fd());
        } catch (RuntimeException e) {
            Libc.close(epollFd);
            throw e;
        }
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    /** Starts a loop whose callback failures are logged. */
    public static EpollLoop start(String threadName) {
        return start(threadName, (fd, error) -> LOG.log(System.Logger.Level.WARNING,
                "eventfd callback for fd " + fd + " failed", error));
    }

    /** Starts a loop; {@code failureHandler} receives (fd, error) for callbacks that throw or fds that fail. */
    public static EpollLoop start(String threadName, BiConsumer<Integer, Throwable> failureHandler) {
        EpollLoop loop = new EpollLoop(threadName, failureHandler);
        loop.thread.start();
        return loop;
    }

    /** Watches {@code eventFd} (must be a non-blocking eventfd); {@code callback} gets each drained count. */
    public void register(int eventFd, LongConsumer callback) {
        if (closing.get()) {
            throw new IllegalStateException("epoll loop is closed");
        }
        if (callbacks.putIfAbsent(eventFd, callback) != null) {
            throw new IllegalStateException("fd " + eventFd + " is already registered");
        }
        try {
            addToEpoll(eventFd);
        } catch (RuntimeException e) {
            callbacks.remove(eventFd);
            throw e;
        }
    }

    /**
     * Runs {@code task} on the epoll thread, after the batch in progress, under the same rules as a callback
     * (must not block; failures go to the failure handler). Used to hand over interrupt counts that arrived
     * before a listener was set, so listeners only ever run on this thread.
     */
    public void execute(Runnable task) {
        if (closing.get()) {
            throw new IllegalStateException("epoll loop is closed");
        }
        tasks.add(task);
        wakeUp();
    }

    /** Stops delivery for {@code eventFd}; returns once no callback for it can run any more. */
    public void unregister(int eventFd) {
        if (callbacks.remove(eventFd) == null) {
            return;
        }
        try {
            Libc.epollCtl(epollFd, LinuxConstants.EPOLL_CTL_DEL, eventFd, null);
        } catch (NativeCallException e) {
            // EBADF/ENOENT: the fd was already closed, which removed it from the set
            if (e.errno() != Errno.EBADF.number() && e.errno() != Errno.ENOENT.number()) {
                throw e;
            }
        }
        dispatchLock.lock(); // barrier: waits for a batch that may have picked this fd up already
        dispatchLock.unlock();
    }

    /** Whether the loop thread is still running. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** The epoll thread, so callers can assert which thread ran a callback. */
    public Thread thread() {
        return thread;
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        wakeUp();
        if (Thread.currentThread() != thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Signals the internal eventfd unless the thread has already exited and closed it: the thread may stop on
     * its own (closing seen after another wake-up, or a failure), and a write to the closed fd number could
     * hit whatever file reuses it.
     */
    private synchronized void wakeUp() {
        if (!fdsClosed) {
            wakeup.signal(1);
        }
    }

    private void addToEpoll(int fd) {
        Memory event = new Memory(layout.size());
        event.clear();
        event.setInt(EpollEventLayout.EVENTS_OFFSET, LinuxConstants.EPOLLIN);
        event.setLong(layout.dataOffset(), fd);
        Libc.epollCtl(epollFd, LinuxConstants.EPOLL_CTL_ADD, fd, event);
    }

    private void removeQuietly(int fd) {
        try {
            Libc.epollCtl(epollFd, LinuxConstants.EPOLL_CTL_DEL, fd, null);
        } catch (NativeCallException ignored) {
            // already gone from the set (closed fd): nothing left to stop
        }
    }

    private void run() {
        Memory events = new Memory((long) MAX_EVENTS * layout.size());
        try {
            while (!closing.get()) {
                int ready;
                try {
                    ready = Libc.epollWait(epollFd, events, MAX_EVENTS, -1);
                } catch (NativeCallException e) {
                    if (e.errno() == Errno.EINTR.number()) {
                        continue;
                    }
                    throw e;
                }
                dispatch(events, ready);
            }
        } catch (RuntimeException e) {
            failureHandler.accept(epollFd, e);
        } finally {
            callbacks.clear();
            synchronized (this) {
                fdsClosed = true;
                Libc.close(epollFd);
                wakeup.close();
            }
        }
    }

    private void dispatch(Memory events, int ready) {
        dispatchLock.lock();
        try {
            for (int i = 0; i < ready; i++) {
                int fd = (int) events.getLong((long) i * layout.size() + layout.dataOffset());
                if (fd == wakeup.fd()) {
                    wakeup.drain();
                    runTasks();
                    continue;
                }
                LongConsumer callback = callbacks.get(fd);
                if (callback != null) {
                    deliver(fd, callback);
                }
            }
        } finally {
            dispatchLock.unlock();
        }
    }

    private void runTasks() {
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            try {
                task.run();
            } catch (RuntimeException e) {
                failureHandler.accept(wakeup.fd(), e);
            }
        }
    }

    private void deliver(int fd, LongConsumer callback) {
        long count;
        try {
            count = EventFd.drain(fd);
        } catch (NativeCallException e) {
            // a broken fd would otherwise be reported as ready forever
            callbacks.remove(fd);
            removeQuietly(fd);
            failureHandler.accept(fd, e);
            return;
        }
        if (count == 0) {
            return;
        }
        try {
            callback.accept(count);
        } catch (RuntimeException e) {
            failureHandler.accept(fd, e);
        }
    }
}
