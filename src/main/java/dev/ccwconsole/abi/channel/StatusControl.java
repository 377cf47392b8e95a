package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** SCSW status control (spec §5.4); masks are on the 32-bit SCSW word 0. */
public enum StatusControl implements BitFlag {
    ALERT(0x0010, "alert status"),
    INTERMEDIATE(0x0008, "intermediate status"),
    PRIMARY(0x0004, "primary status"),
    SECONDARY(0x0002, "secondary status"),
    STATUS_PENDING(0x0001, "status pending");

    private final int mask;
    private final String label;

    StatusControl(int mask, String label) {
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
