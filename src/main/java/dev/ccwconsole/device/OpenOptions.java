package dev.ccwconsole.device;

/**
 * How to open an mdev (spec §2.3, §2.7).
 *
 * @param iommuType {@code VFIO_TYPE1v2_IOMMU} (3) unless a test wants the type-1 failure mode (1)
 * @param dmaIova   IOVA of the DMA window: page aligned, and window end below 2 GiB for 31-bit CCW addresses
 * @param dmaSize   window size in bytes, a multiple of 4 KiB
 */
public record OpenOptions(int iommuType, long dmaIova, long dmaSize) {

    public static final int TYPE1_IOMMU = 1;
    public static final int TYPE1V2_IOMMU = 3;
    private static final long PAGE = 4096;
    private static final long TWO_GIB = 1L << 31;

    public OpenOptions {
        if (iommuType != TYPE1_IOMMU && iommuType != TYPE1V2_IOMMU) {
            throw new IllegalArgumentException("iommuType must be 1 or 3, was " + iommuType);
        }
        if (dmaIova % PAGE != 0 || dmaSize <= 0 || dmaSize % PAGE != 0) {
            throw new IllegalArgumentException("DMA window must be page aligned and non-empty: iova 0x"
                    + Long.toHexString(dmaIova) + " size 0x" + Long.toHexString(dmaSize));
        }
        if (dmaIova + dmaSize > TWO_GIB) {
            throw new IllegalArgumentException("DMA window must end below 2 GiB (31-bit CCW addresses)");
        }
    }

    /** 1 MiB at IOVA 1 MiB in a type-1 v2 container: room for any 256-CCW program and its data. */
    public static OpenOptions defaults() {
        return new OpenOptions(TYPE1V2_IOMMU, 0x10_0000, 0x10_0000);
    }
}
