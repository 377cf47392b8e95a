package dev.ccwconsole.nativ;

import com.sun.jna.Pointer;
import java.util.Objects;

/**
 * Page-aligned private anonymous memory from {@code mmap}, for buffers that must be registered with
 * {@code VFIO_IOMMU_MAP_DMA} (a direct {@link java.nio.ByteBuffer} is not guaranteed page aligned, spec
 * §9.4). The size is rounded up to whole pages; the memory starts zeroed. {@link #close()} unmaps it, after
 * which every access fails instead of touching freed memory. Not thread-safe for concurrent close.
 */
public final class AnonymousMapping implements AutoCloseable {

    private final Pointer base;
    private final long size;
    private boolean closed;

    private AnonymousMapping(Pointer base, long size) {
        this.base = base;
        this.size = size;
    }

    public static AnonymousMapping allocate(long requestedBytes) {
        if (requestedBytes <= 0) {
            throw new IllegalArgumentException("mapping size must be positive, was " + requestedBytes);
        }
        long page = Libc.pageSize();
        long size = (requestedBytes + page - 1) / page * page;
        Pointer p = Libc.mmap(size, LinuxConstants.PROT_READ | LinuxConstants.PROT_WRITE,
                LinuxConstants.MAP_PRIVATE | LinuxConstants.MAP_ANONYMOUS, -1, 0);
        return new AnonymousMapping(p, size);
    }

    /** The virtual address, as {@code vaddr} of {@code vfio_iommu_type1_dma_map} needs it. */
    public long address() {
        checkOpen();
        return Pointer.nativeValue(base);
    }

    /** Size in bytes, a multiple of the page size. */
    public long size() {
        return size;
    }

    public void write(long offset, byte[] src) {
        write(offset, src, 0, src.length);
    }

    public void write(long offset, byte[] src, int srcOffset, int length) {
        Objects.checkFromIndexSize(srcOffset, length, src.length);
        checkRange(offset, length);
        base.write(offset, src, srcOffset, length);
    }

    public byte[] read(long offset, int length) {
        checkRange(offset, length);
        byte[] dst = new byte[length];
        base.read(offset, dst, 0, length);
        return dst;
    }

    public void read(long offset, byte[] dst, int dstOffset, int length) {
        Objects.checkFromIndexSize(dstOffset, length, dst.length);
        checkRange(offset, length);
        base.read(offset, dst, dstOffset, length);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Libc.munmap(base, size);
        }
    }

    private void checkRange(long offset, int length) {
        checkOpen();
        if (offset < 0 || length < 0 || offset > size - length) {
            throw new IndexOutOfBoundsException("range " + offset + "+" + length + " outside mapping of " + size
                    + " bytes");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("mapping was unmapped");
        }
    }
}
