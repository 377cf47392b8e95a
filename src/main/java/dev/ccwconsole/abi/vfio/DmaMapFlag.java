package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

/** {@code VFIO_DMA_MAP_FLAG_*} of {@code vfio_iommu_type1_dma_map.flags}; vfio-ccw needs READ|WRITE (spec §2.7). */
public enum DmaMapFlag implements BitFlag {
    READ(0x1, "device may read"),
    WRITE(0x2, "device may write"),
    VADDR(0x4, "update vaddr");

    private final int mask;
    private final String label;

    DmaMapFlag(int mask, String label) {
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
