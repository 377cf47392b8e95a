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
     * Whether the 4 KiB page at {@code pageIova} could be pinned for read and write. The default only requires
     * the page to be readable; implementations that know mapping permissions answer EPERM for a page mapped
     * without write access.
     */
    default Optional<Errno> checkPinnable(long pageIova) {
        GuestRead r = read(pageIova, PAGE_SIZE);
        return r instanceof GuestRead.Fault f ? Optional.of(f.errno()) : Optional.empty();
    }
}
