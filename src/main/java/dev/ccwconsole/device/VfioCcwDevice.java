package dev.ccwconsole.device;

import java.util.UUID;

/**
 * One opened vfio-ccw mdev exactly as the kernel shows it to userspace: ioctls on the device fd, pread/pwrite
 * at region file offsets, eventfd-style interrupt signals and a DMA window the channel programs live in.
 * Results are byte-level and errno-level, as the syscalls give them, so that nothing above can tell the
 * emulator from the real driver (spec §2, §3).
 *
 * <p>Threads: every method may be called from any thread. As in the kernel, concurrent region writes are
 * refused with -EAGAIN rather than serialised (spec §4.4); callers retry.
 */
public interface VfioCcwDevice extends AutoCloseable {

    UUID uuid();

    /** The parent subchannel's bus id, e.g. {@code 0.0.0100}. */
    String subchannel();

    /**
     * An ioctl on the device fd. {@code arg} holds the argument structure in the host's native byte order and
     * is updated in place as the kernel copies back; requests without an argument ignore it.
     *
     * @return 0 (or the non-negative value the ioctl returns), or a negative errno
     */
    int ioctl(int request, byte[] arg);

    /** {@code pread(fd, dst, length, offset)}: bytes read, or a negative errno. */
    long pread(byte[] dst, int length, long offset);

    /** {@code pwrite(fd, src, length, offset)}: bytes written, or a negative errno (the region's ret_code). */
    long pwrite(byte[] src, int length, long offset);

    /** A new eventfd-like signal whose {@link InterruptSignal#fd()} can be passed in {@code VFIO_DEVICE_SET_IRQS}. */
    InterruptSignal createSignal();

    /** The DMA window mapped for this device at open (IOVA below 2 GiB, spec §2.7). */
    GuestMemory dma();

    /**
     * {@code VFIO_IOMMU_UNMAP_DMA} of a range of the window. Unmapping pages pinned for the running program
     * resets the device (spec §2.7, E-46). Returns 0 or a negative errno.
     */
    int unmapDma(long iova, long size);

    /** Releases the device fd (FSM CLOSE on 6.x), the signals' attachments and the DMA window. Idempotent. */
    @Override
    void close();
}
