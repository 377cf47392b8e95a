package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

/** {@code IOMMU_IOAS_MAP_*} of {@code iommu_ioas_map.flags} (spec §2.2 end). */
public enum IoasMapFlag implements BitFlag {
    FIXED_IOVA(0x1, "fixed IOVA"),
    WRITEABLE(0x2, "writeable"),
    READABLE(0x4, "readable");

    private final int mask;
    private final String label;

    IoasMapFlag(int mask, String label) {
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
