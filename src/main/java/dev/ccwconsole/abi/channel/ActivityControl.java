package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** SCSW activity control (spec §5.4); masks are on the 32-bit SCSW word 0. */
public enum ActivityControl implements BitFlag {
    RESUME_PENDING(0x0800, "resume pending"),
    START_PENDING(0x0400, "start pending"),
    HALT_PENDING(0x0200, "halt pending"),
    CLEAR_PENDING(0x0100, "clear pending"),
    SUBCHANNEL_ACTIVE(0x0080, "subchannel active"),
    DEVICE_ACTIVE(0x0040, "device active"),
    SUSPENDED(0x0020, "suspended");

    private final int mask;
    private final String label;

    ActivityControl(int mask, String label) {
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
