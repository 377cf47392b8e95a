package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

/** {@code VFIO_GROUP_FLAGS_*} of {@code vfio_group_status.flags} (spec §2.2). */
public enum GroupFlag implements BitFlag {
    VIABLE(0x1, "viable (all devices bound to vfio)"),
    CONTAINER_SET(0x2, "container set");

    private final int mask;
    private final String label;

    GroupFlag(int mask, String label) {
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
