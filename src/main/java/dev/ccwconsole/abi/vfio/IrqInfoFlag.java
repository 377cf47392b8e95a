package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.BitFlag;

/** {@code VFIO_IRQ_INFO_*} of {@code vfio_irq_info.flags}; vfio-ccw reports EVENTFD only (spec §2.6). */
public enum IrqInfoFlag implements BitFlag {
    EVENTFD(0x1, "eventfd"),
    MASKABLE(0x2, "maskable"),
    AUTOMASKED(0x4, "automasked"),
    NORESIZE(0x8, "no resize");

    private final int mask;
    private final String label;

    IrqInfoFlag(int mask, String label) {
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
