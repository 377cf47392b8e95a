package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

/** {@code VFIO_IOMMU_INFO_*} of {@code vfio_iommu_type1_info.flags} (6.1 headers). */
public enum IommuInfoFlag implements BitFlag {
    PGSIZES(0x1, "page sizes valid"),
    CAPS(0x2, "has capabilities");

    private final int mask;
    private final String label;

    IommuInfoFlag(int mask, String label) {
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
