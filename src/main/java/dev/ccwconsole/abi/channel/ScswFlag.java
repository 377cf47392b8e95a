package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** Single-bit fields of the SCSW flags halfword (spec §5.4); masks are on the 32-bit SCSW word 0. */
public enum ScswFlag implements BitFlag {
    SUSPEND(0x0800_0000, "S suspend control"),
    ESW_FORMAT0(0x0400_0000, "L ESW format 0 stored"),
    FORMAT1(0x0080_0000, "F format-1 CCWs"),
    PREFETCH(0x0040_0000, "P prefetch"),
    INITIAL_STATUS(0x0020_0000, "I initial-status interruption control"),
    ADDRESS_LIMIT(0x0010_0000, "A address-limit checking"),
    SUPPRESS_SUSPENDED(0x0008_0000, "U suppress-suspended interruption"),
    ZERO_CC(0x0004_0000, "Z zero condition code"),
    EXTENDED_CONTROL(0x0002_0000, "E extended control"),
    PATH_NOT_OPERATIONAL(0x0001_0000, "N path not operational");

    private final int mask;
    private final String label;

    ScswFlag(int mask, String label) {
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
