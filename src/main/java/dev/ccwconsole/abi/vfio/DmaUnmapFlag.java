package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

/** {@code VFIO_DMA_UNMAP_FLAG_*} of {@code vfio_iommu_type1_dma_unmap.flags} (6.1 headers). */
public enum DmaUnmapFlag implements BitFlag {
    GET_DIRTY_BITMAP(0x1, "get dirty bitmap"),
    ALL(0x2, "unmap all"),
    VADDR(0x4, "invalidate vaddr");

    private final int mask;
    private final String label;

    DmaUnmapFlag(int mask, String label) {
        this.mask = mask;
        this.label = label;
    }

    @Override
    public int mask() {
        return mask;
    }

    @Override
    public String label() {
        return label;
    }
}
