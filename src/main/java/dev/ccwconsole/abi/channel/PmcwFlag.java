package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** Single-bit fields of PMCW word 1 bits 0-15 (spec §5.6); masks are on that halfword. */
public enum PmcwFlag implements BitFlag {
    Q(0x8000, "QDIO subchannel"),
    W(0x4000, "W"),
    E(0x0080, "enabled"),
    D(0x0004, "multipath mode"),
    T(0x0002, "timing facility"),
    V(0x0001, "device number valid");

    private final int mask;
    private final String label;

    PmcwFlag(int mask, String label) {
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
