package dev.ccwconsole.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The container side of one opened device: DMA mappings of the user's memory with their permissions, the
 * kernel's two ways of reaching them ({@code vfio_dma_rw} for CCWs/IDALs, {@code vfio_pin_pages} for data) and
 * their errnos, and the type-1 v2 unmap rule (spec §2.7, E-17, E-46, E-47).
 *
 * <p>Threads: mappings change only under this object's lock; reads and writes of mapped bytes are plain array
 * copies, concurrent ones on disjoint ranges are fine.
 */
public final class EmulatedIommu {

    static final int EINVAL = -22, EPERM = -1, EACCES = -13;
    private static final long PAGE = 4096;

    /**
     * A mapping of user memory at an IOVA, with the pin count of each of its pages (guarded by the IOMMU's lock;
     * a pinned range lies within one mapping, and the counts go with it when it is unmapped).
     */
    record Mapping(long iova, byte[] memory, boolean readable, boolean writable, int[] pins) {
        long end() {
            return iova + memory.length;
        }

        int page(long address) {
            return (int) ((address - iova) >>> 12);
        }
    }

    private final boolean type1v2;
    private final TreeMap<Long, Mapping> mappings = new TreeMap<>();
    /** The mapping of the last lookup: a device normally has one DMA window, so this spares the tree walk. */
    private Mapping lastHit;

    public EmulatedIommu(boolean type1v2) {
        this.type1v2 = type1v2;
    }

    /** {@code VFIO_IOMMU_MAP_DMA}: page-aligned, non-overlapping. Returns 0 or -EINVAL / -EEXIST. */
    public synchronized int map(long iova, long size, boolean readable, boolean writable) {
        if (iova % PAGE != 0 || size <= 0 || size % PAGE != 0 || size > Integer.MAX_VALUE) {
            return EINVAL;
        }
        var below = mappings.floorEntry(iova + size - 1);
        if (below != null && below.getValue().end() > iova) {
            return -17; // EEXIST: the type-1 driver refuses overlapping mappings
        }
        mappings.put(iova, new Mapping(iova, new byte[(int) size], readable, writable, new int[(int) (size / PAGE)]));
        return 0;
    }

    /**
     * {@code VFIO_IOMMU_UNMAP_DMA} (v2): the range must cover whole mappings (-EINVAL when it cuts one); a range
     * without mappings succeeds. Returns the number of bytes unmapped, or a negative errno.
     */
    public synchronized long unmap(long iova, long size) {
        return unmapAllowed(iova, size) ? unmapWhole(iova, size) : EINVAL;
    }

    /** Whether a v2 unmap of the range goes ahead: it cuts through no mapping (spec §2.7). */
    public synchronized boolean unmapAllowed(long iova, long size) {
        long end = iova + size;
        for (Mapping m : mappings.values()) {
            if (m.iova() < end && m.end() > iova && (m.iova() < iova || m.end() > end)) {
                return false;
            }
        }
        return true;
    }

    private long unmapWhole(long iova, long size) {
        long end = iova + size;
        List<Mapping> hit = new ArrayList<>();
        for (Mapping m : mappings.values()) {
            if (m.iova() < end && m.end() > iova) {
                if (m.iova() < iova || m.end() > end) {
                    return EINVAL;
                }
                hit.add(m);
            }
        }
        long bytes = 0;
        lastHit = null;
        for (Mapping m : hit) {
            mappings.remove(m.iova());
            bytes += m.memory().length;
        }
        return bytes;
    }

    /** Whether any page of the range is pinned (for the reset rule of E-46). */
    public synchronized boolean anyPinned(long iova, long size) {
        for (long page = iova & -PAGE; page < iova + size; page += PAGE) {
            Mapping m = find(page, 1);
            if (m != null && m.pins()[m.page(page)] > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code vfio_dma_rw} read: -EINVAL when unmapped, -EPERM without read permission. */
    public synchronized int kernelRead(long iova, byte[] dst, int length) {
        Mapping m = find(iova, length);
        if (m == null) {
            return EINVAL;
        }
        if (!m.readable()) {
            return EPERM;
        }
        System.arraycopy(m.memory(), (int) (iova - m.iova()), dst, 0, length);
        return 0;
    }

    /**
     * {@code vfio_pin_pages} with read+write: -EACCES in a type-1 (v1) container, -EINVAL when unmapped,
     * -EPERM when the mapping is not read+write. On success the pages count as pinned until {@link #unpin}.
     */
    public synchronized int pin(long iova, int length) {
        if (!type1v2) {
            return EACCES;
        }
        Mapping m = find(iova, Math.max(1, length));
        if (m == null) {
            return EINVAL;
        }
        if (!m.readable() || !m.writable()) {
            return EPERM;
        }
        // counts in an array of the mapping, not a map of boxed page numbers: every START pins and unpins
        for (long page = iova & -PAGE; page < iova + Math.max(1, length); page += PAGE) {
            m.pins()[m.page(page)]++;
        }
        return 0;
    }

    /** What {@link #pin} would answer for this range, without pinning: 0 or the negative errno. */
    public synchronized int checkPin(long iova, int length) {
        if (!type1v2) {
            return EACCES;
        }
        Mapping m = find(iova, Math.max(1, length));
        if (m == null) {
            return EINVAL;
        }
        return m.readable() && m.writable() ? 0 : EPERM;
    }

    /** Releases a {@link #pin}; pages of a mapping removed meanwhile are gone with their counts. */
    public synchronized void unpin(long iova, int length) {
        Mapping m = find(iova, Math.max(1, length));
        if (m == null) {
            return;
        }
        for (long page = iova & -PAGE; page < iova + Math.max(1, length); page += PAGE) {
            int i = m.page(page);
            if (m.pins()[i] > 0) {
                m.pins()[i]--;
            }
        }
    }

    /** Device-side data transfer into pinned memory (the "hardware" storing read data). */
    public synchronized void deviceWrite(long iova, byte[] src, int offset, int length) {
        Mapping m = find(iova, length);
        if (m == null) {
            throw new IllegalStateException("device write to unmapped IOVA 0x" + Long.toHexString(iova));
        }
        System.arraycopy(src, offset, m.memory(), (int) (iova - m.iova()), length);
    }

    /** The user's own access to its mapped memory (no IOMMU permission applies: it is the user's memory). */
    synchronized Mapping userMapping(long iova, long length) {
        return find(iova, length);
    }

    private Mapping find(long iova, long length) {
        Mapping hit = lastHit;
        if (hit != null && iova >= hit.iova() && iova + length <= hit.end()) {
            return hit;
        }
        var e = mappings.floorEntry(iova);
        if (e == null) {
            return null;
        }
        Mapping m = e.getValue();
        if (iova + length <= m.end()) {
            lastHit = m;
            return m;
        }
        return null;
    }
}
