package dev.ccwconsole.abi.vfio;

import java.util.Optional;

/** {@code VFIO_REGION_TYPE_*} carried by the TYPE capability (spec §2.2); vfio-ccw uses CCW (2). */
public enum RegionType {
    GFX(1), CCW(2), MIGRATION_DEPRECATED(3);

    /** {@code VFIO_REGION_TYPE_PCI_VENDOR_TYPE}: types with this bit are PCI vendor specific. */
    public static final long PCI_VENDOR_TYPE = 0x8000_0000L;

    private final int value;

    RegionType(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static Optional<RegionType> of(long value) {
        for (RegionType type : values()) {
            if (type.value == value) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
