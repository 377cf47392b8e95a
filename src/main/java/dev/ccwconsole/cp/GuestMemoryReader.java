package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;
import java.util.Optional;

/**
 * The translator's view of the caller's DMA-mapped memory, by IOVA (spec §2.7). Implementations answer like
 * {@code vfio_dma_rw} and {@code vfio_pin_pages}: an IOVA outside every mapping is EINVAL.
 */
public interface GuestMemoryReader {

    int PAGE_SIZE = 4096;

    /** Reads {@code length} bytes at {@code iova}: all of them, or a fault. */
    GuestRead read(long iova, int length);

    /**
     * Reads {@code dst.length} bytes at {@code iova} into {@code dst}: empty on success, else the errno. The
     * translator reads a 2 KiB window per segment (spec §2.7); implementations that can copy straight into the
     * caller's buffer spare that allocation on every START.
     */
    default Optional<Errno> readInto(long iova, byte[] dst) {
        GuestRead r = read(iova, dst.length);
        if (r instanceof GuestRead.Fault f) {
            return Optional.of(f.errno());
        }
        System.arraycopy(((GuestRead.Data) r).bytes(), 0, dst, 0, dst.length);
        return Optional.empty();
    }

    /**
     * Whether the 4 KiB page at {@code pageIova} could be pinned for read and write. The default only requires
     * the page to be readable; implementations that know mapping permissions answer EPERM for a page mapped
     * without write access.
     */
    default Optional<Errno> checkPinnable(long pageIova) {
        GuestRead r = read(pageIova, PAGE_SIZE);
        return r instanceof GuestRead.Fault f ? Optional.of(f.errno()) : Optional.empty();
    }
}
