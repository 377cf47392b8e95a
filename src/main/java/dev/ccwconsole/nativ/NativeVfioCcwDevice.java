package dev.ccwconsole.nativ;

import com.sun.jna.Memory;
import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.region.RegionOffset;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.IrqSetAction;
import dev.ccwconsole.abi.vfio.IrqSetDataType;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioIrqSet;
import dev.ccwconsole.device.GuestMemory;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.device.VfioCcwDevice;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * An opened vfio-ccw mdev on the real kernel: syscalls on the device fd, results as the kernel gives them
 * (spec §2, §3). Refusals come back as -errno, never as exceptions.
 *
 * <p><b>Threads and locks.</b> Any thread may call any method. {@code lifecycle} (read side) is held by every
 * syscall on the device fd and the write side by {@link #close()}, so a closed fd number is never reused by
 * mistake. {@code ioLock} is this process's stand-in for the kernel's {@code io_mutex} (spec §4.4): an
 * I/O-region write takes it with tryLock and returns -EAGAIN when it is held, exactly as the kernel does, and
 * the IO eventfd callback takes it (blocking, on the epoll thread, for at most one write syscall) to read the
 * IRB before the count is handed on. So the shadow FSM sees every START result before the interrupt that ends
 * it, and every interrupt before the service's listener. The IRB it reads stays in the region (reading does
 * not consume it, spec §3.2), so the service's own read after the signal sees the same IRB, unless a later
 * interrupt overwrote it, in which case the eventfd fires again. The shared epoll loop is obtained with the
 * first signal.
 */
final class NativeVfioCcwDevice implements VfioCcwDevice {

    private static final System.Logger LOG = System.getLogger(NativeVfioCcwDevice.class.getName());
    /** The I/O region is index 0 at file offset 0 on every vfio-ccw kernel (spec §2.5 table). */
    private static final long IRB_FILE_OFFSET = IoRegion.IRB_OFFSET;

    private final UUID uuid;
    private final String subchannel;
    private final int deviceFd;
    private final String devicePath;
    private final VfioAttachment attachment;
    private final DmaWindow dma;
    private final Supplier<EpollLoop> loop;
    private final NativeFsmObserver fsm;
    private final Runnable onClosed;
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private final ReentrantLock ioLock = new ReentrantLock();
    /** IRQ index → eventfd attached through SET_IRQS (observed), for the IRB peek and the detach at close. */
    private final Map<Integer, Integer> attachedEventfds = new ConcurrentHashMap<>();
    private final List<NativeInterruptSignal> signals = new CopyOnWriteArrayList<>();
    private final List<String> teardownProblems = new ArrayList<>();
    private boolean closed;

    NativeVfioCcwDevice(UUID uuid, String subchannel, int deviceFd, String devicePath, VfioAttachment attachment,
            DmaWindow dma, Supplier<EpollLoop> loop, NativeFsmObserver fsm, Runnable onClosed) {
        this.uuid = uuid;
        this.subchannel = subchannel;
        this.deviceFd = deviceFd;
        this.devicePath = devicePath;
        this.attachment = attachment;
        this.dma = dma;
        this.loop = loop;
        this.fsm = fsm;
        this.onClosed = onClosed;
    }

    @Override
    public UUID uuid() {
        return uuid;
    }

    @Override
    public String subchannel() {
        return subchannel;
    }

    @Override
    public int ioctl(int request, byte[] arg) {
        int rc;
        lifecycle.readLock().lock();
        try {
            if (closed) {
                return -Errno.EBADF.number();
            }
            rc = NativeIoctl.call(deviceFd, request, arg);
        } finally {
            lifecycle.readLock().unlock();
        }
        if (rc >= 0) {
            observeAcceptedIoctl(request, arg);
        }
        return rc;
    }

    @Override
    public long pread(byte[] dst, int length, long offset) {
        if (length < 0 || length > dst.length) {
            return -Errno.EFAULT.number();
        }
        lifecycle.readLock().lock();
        try {
            if (closed) {
                return -Errno.EBADF.number();
            }
            Memory m = new Memory(Math.max(1, length));
            long n = Libc.pread(deviceFd, m, length, offset);
            m.read(0, dst, 0, (int) n);
            return n;
        } catch (NativeCallException e) {
            return -e.errno();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public long pwrite(byte[] src, int length, long offset) {
        if (length < 0 || length > src.length) {
            return -Errno.EFAULT.number();
        }
        if (offset < 0 || RegionOffset.of(offset).index() != 0) {
            long result = rawPwrite(src, length, offset);
            if (result < 0) {
                fsm.otherRegionWrite(result);
            }
            return result;
        }
        if (!ioLock.tryLock()) {
            return -Errno.EAGAIN.number(); // as the kernel's io_mutex trylock (spec §3.2 step 2, §4.4)
        }
        try {
            Integer ioEventfd = attachedEventfds.get(CcwIrqIndex.IO.index());
            boolean interruptPending = ioEventfd != null && isReadable(ioEventfd);
            long result = rawPwrite(src, length, offset);
            if (result != -Errno.EBADF.number()) {
                fsm.ioWrite(result, src, length, (int) offset, interruptPending);
            }
            return result;
        } finally {
            ioLock.unlock();
        }
    }

    private long rawPwrite(byte[] src, int length, long offset) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                return -Errno.EBADF.number();
            }
            Memory m = new Memory(Math.max(1, length));
            m.write(0, src, 0, length);
            return Libc.pwrite(deviceFd, m, length, offset);
        } catch (NativeCallException e) {
            return -e.errno(); // a refused region write: -1 with errno = -ret_code (spec §3.2 step 5)
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public InterruptSignal createSignal() {
        NativeInterruptSignal signal = NativeInterruptSignal.create(loop.get(), this::beforeDelivery);
        signals.add(signal);
        return signal;
    }

    @Override
    public GuestMemory dma() {
        return dma;
    }

    @Override
    public int unmapDma(long iova, long size) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                return -Errno.EBADF.number();
            }
            int rc = attachment.unmapDma(iova, size);
            if (rc == 0) {
                fsm.dmaUnmapped();
            }
            return rc;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Teardown in the order of spec §2.3 step 9: detach every observed eventfd (data -1), close the device fd
     * (FSM CLOSE), release container and group (or the iommufd), then unmap the DMA memory. Every step runs even
     * if an earlier one failed; failures are logged and kept in {@link #teardownProblems()}.
     */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            for (Map.Entry<Integer, Integer> e : attachedEventfds.entrySet()) {
                CcwIrqIndex.of(e.getKey()).ifPresent(index -> {
                    int rc = NativeIoctl.call(deviceFd, VfioIoctl.DEVICE_SET_IRQS.request(),
                            VfioIrqSet.detachEventfd(index).encode());
                    if (rc < 0) {
                        teardownProblems.add("detach " + index + " eventfd: " + ErrnoName.of(-rc));
                    }
                });
            }
            attachedEventfds.clear();
            closed = true;
            NativeIoctl.closeQuietly(deviceFd, devicePath, teardownProblems);
            fsm.closed();
            teardownProblems.addAll(attachment.closeAfterDevice());
        } finally {
            lifecycle.writeLock().unlock();
        }
        signals.forEach(NativeInterruptSignal::close); // outside the lock: waits for a running callback
        dma.close();
        if (!teardownProblems.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "closing mdev " + uuid + " (" + attachment.describe() + "): "
                    + String.join("; ", teardownProblems));
        }
        onClosed.run();
    }

    /** What went wrong during {@link #close()}, one line per failed step. */
    List<String> teardownProblems() {
        return List.copyOf(teardownProblems);
    }

    /**
     * After the kernel accepted an ioctl: records eventfd attachments (spec §2.6 DATA_EVENTFD) for the IRB peek
     * and the detach at close, and feeds resets to the shadow FSM.
     */
    void observeAcceptedIoctl(int request, byte[] arg) {
        if (request == VfioIoctl.DEVICE_RESET.request()) {
            fsm.reset();
        } else if (request == VfioIoctl.DEVICE_SET_IRQS.request() && arg != null
                && arg.length >= VfioIrqSet.EVENTFD_ARGSZ) {
            ByteBuffer b = ByteBuffer.wrap(arg).order(ByteOrder.nativeOrder());
            int flags = b.getInt(4);
            boolean eventfdTrigger = (flags & IrqSetDataType.MASK) == IrqSetDataType.EVENTFD.mask()
                    && (flags & IrqSetAction.TRIGGER.mask()) != 0;
            if (eventfdTrigger) {
                int index = b.getInt(8);
                int fd = b.getInt(VfioIrqSet.HEADER_SIZE);
                if (fd < 0) {
                    attachedEventfds.remove(index);
                } else {
                    attachedEventfds.put(index, fd);
                }
            }
        }
    }

    /** On the epoll thread, before a signal's count is handed on: the IO IRQ's IRB goes to the shadow FSM. */
    private void beforeDelivery(int eventFd) {
        Integer io = attachedEventfds.get(CcwIrqIndex.IO.index());
        if (io == null || io != eventFd) {
            return;
        }
        byte[] irb = new byte[IoRegion.IRB_AREA_SIZE];
        ioLock.lock();
        try {
            long n = pread(irb, irb.length, IRB_FILE_OFFSET);
            if (n == irb.length) {
                fsm.interrupt(irb);
            } else if (n != -Errno.EBADF.number()) {
                LOG.log(System.Logger.Level.WARNING, "mdev " + uuid + ": reading the IRB after an IO interrupt"
                        + " returned " + n + "; the shadow FSM missed this interrupt");
            }
        } finally {
            ioLock.unlock();
        }
    }

    private static boolean isReadable(int fd) {
        try {
            return Libc.pollIn(fd, 0);
        } catch (NativeCallException e) {
            return false;
        }
    }
}
