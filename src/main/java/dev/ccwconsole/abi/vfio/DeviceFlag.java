package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

/** {@code VFIO_DEVICE_FLAGS_*} of {@code vfio_device_info.flags} (spec §2.2); vfio-ccw reports CCW|RESET (0x11, spec §2.3). */
public enum DeviceFlag implements BitFlag {
    RESET(0x1, "supports reset"),
    PCI(0x2, "vfio-pci"),
    PLATFORM(0x4, "vfio-platform"),
    AMBA(0x8, "vfio-amba"),
    CCW(0x10, "vfio-ccw"),
    AP(0x20, "vfio-ap"),
    FSL_MC(0x40, "vfio-fsl-mc"),
    CAPS(0x80, "has capabilities");

    private final int mask;
    private final String label;

    DeviceFlag(int mask, String label) {
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
