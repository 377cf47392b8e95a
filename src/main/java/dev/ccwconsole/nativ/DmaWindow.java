package dev.ccwconsole.nativ;

import dev.ccwconsole.abi.vfio.VfioDmaMap;
import dev.ccwconsole.abi.vfio.VfioDmaUnmap;
import dev.ccwconsole.device.GuestMemory;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The DMA window of one opened device: page-aligned anonymous memory ({@link AnonymousMapping}) that the
 * kernel sees at IOVA {@link #iova()} once {@link #mapRequest()} has been issued with
 * {@code VFIO_IOMMU_MAP_DMA} (spec §2.3 step 8, §2.7). The window must end below 2 GiB because ORB and
 * format-1 CCW addresses are 31-bit, and be page aligned, as the kernel requires of vaddr, iova and size.
 *
 * <p>Threads: reads and writes of disjoint ranges may run concurrently ({@link GuestMemory}); they hold the
 * read side of {@code access}, {@link #close()} (the munmap) the write side, so an access racing with the
 * device's close fails with an exception instead of touching unmapped memory (which would crash the JVM).
 */
final class DmaWindow implements GuestMemory, AutoCloseable {

    static final long PAGE = 4096;
    static final long IOVA_LIMIT = 1L << 31;

    private final AnonymousMapping memory;
    private final long iova;
    private final long size;
    private final ReentrantReadWriteLock access = new ReentrantReadWriteLock();

    private DmaWindow(AnonymousMapping memory, long iova, long size) {
        this.memory = memory;
        this.iova = iova;
        this.size = size;
    }

    /** Allocates the memory; checks the 2 GiB and alignment rules before anything is mapped. */
    static DmaWindow allocate(long iova, long size) {
        checkWindow(iova, size);
        return new DmaWindow(AnonymousMapping.allocate(size), iova, size);
    }

    static void checkWindow(long iova, long size) {
        if (iova < 0 || iova % PAGE != 0 || size <= 0 || size % PAGE != 0) {
            throw new IllegalArgumentException("DMA window must be page aligned and non-empty: iova 0x"
                    + Long.toHexString(iova) + " size 0x" + Long.toHexString(size) + " (spec §2.7)");
        }
        if (iova + size > IOVA_LIMIT) {
            throw new IllegalArgumentException("DMA window 0x" + Long.toHexString(iova) + "+0x"
                    + Long.toHexString(size) + " must end below 2 GiB: ORB and CCW addresses are 31-bit (spec §2.7)");
        }
    }

    /** {@code vfio_iommu_type1_dma_map {argsz 32, READ|WRITE, vaddr, iova, size}} in native order (spec §2.7). */
    byte[] mapRequest() {
        return VfioDmaMap.readWrite(memory.address(), iova, size).encode();
    }

    /** {@code vfio_iommu_type1_dma_unmap {argsz 24, 0, iova, size}}; the range must cover whole mappings. */
    static byte[] unmapRequest(long iova, long size) {
        return VfioDmaUnmap.of(iova, size).encode();
    }

    /** The host virtual address behind IOVA {@link #iova()}. */
    long vaddr() {
        return memory.address();
    }

    @Override
    public long iova() {
        return iova;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void write(long at, byte[] data) {
        check(at, data.length);
        access.readLock().lock();
        try {
            memory.write(at - iova, data);
        } finally {
            access.readLock().unlock();
        }
    }

    @Override
    public byte[] read(long at, int length) {
        check(at, length);
        access.readLock().lock();
        try {
            return memory.read(at - iova, length);
        } finally {
            access.readLock().unlock();
        }
    }

    private void check(long at, int length) {
        if (!contains(at, length)) {
            throw new IllegalArgumentException("IOVA range 0x" + Long.toHexString(at) + "+" + length
                    + " is outside the DMA window 0x" + Long.toHexString(iova) + "+0x" + Long.toHexString(size));
        }
    }

    @Override
    public void close() {
        access.writeLock().lock();
        try {
            memory.close();
        } finally {
            access.writeLock().unlock();
        }
    }
}
