package dev.ccwconsole.nativ;

import java.util.List;

/**
 * How an opened device reaches its IOMMU: a type-1 container with the group attached (spec §2.3) or an
 * iommufd with an IOAS (spec §2.4). It unmaps DMA ranges and releases its fds after the device fd is closed
 * (spec §2.3 step 9).
 *
 * <p>Threads: {@link #unmapDma} may run on any thread; {@link #closeAfterDevice} runs once, from the device's
 * close, after the device fd is closed.
 */
interface VfioAttachment {

    /** Issues the map request for the window; 0 or -errno (spec §2.7). */
    int mapDma(DmaWindow window);

    /** Unmaps {@code [iova, iova + size)}; 0 or -errno (spec §2.7: whole mappings only). */
    int unmapDma(long iova, long size);

    /** Releases the container/group or iommufd in the spec's order; returns the steps that failed. */
    List<String> closeAfterDevice();

    /** One line for logs: which path, which fds. */
    String describe();
}
