package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** SCSW function control (spec §5.4); masks are on the 32-bit SCSW word 0. */
public enum FunctionControl implements BitFlag {
    START(0x4000, "start function"),
    HALT(0x2000, "halt function"),
    CLEAR(0x1000, "clear function");

    private final int mask;
    private final String label;

    FunctionControl(int mask, String label) {
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
