package dev.ccwconsole.device;

/**
 * IOVA-addressed memory mapped for DMA: where channel programs, IDALs and data areas live, as on the real
 * system (spec §2.7). Addresses are absolute IOVAs inside {@code [iova(), iova() + size())}.
 *
 * <p>Threads: reads and writes of disjoint ranges may run concurrently; the service owns the layout.
 */
public interface GuestMemory {

    long iova();

    long size();

    /** Copies {@code data} to the IOVA; throws IllegalArgumentException outside the window. */
    void write(long iova, byte[] data);

    /** Copies {@code length} bytes from the IOVA; throws IllegalArgumentException outside the window. */
    byte[] read(long iova, int length);

    default boolean contains(long iova, long length) {
        return iova >= iova() && length >= 0 && iova + length <= iova() + size();
    }
}
