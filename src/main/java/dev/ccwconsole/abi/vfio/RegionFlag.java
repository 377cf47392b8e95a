package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

/** {@code VFIO_REGION_INFO_FLAG_*} of {@code vfio_region_info.flags} (spec §2.2, §2.5). */
public enum RegionFlag implements BitFlag {
    READ(0x1, "read"),
    WRITE(0x2, "write"),
    MMAP(0x4, "mmap"),
    CAPS(0x8, "has capabilities");

    private final int mask;
    private final String label;

    RegionFlag(int mask, String label) {
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
