package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** Device (unit) status, SCSW word 2 bits 0-7 (spec §5.4); masks are on that byte. */
public enum DeviceStatus implements BitFlag {
    ATTN(0x80, "attention"),
    SM(0x40, "status modifier"),
    CUE(0x20, "control-unit end"),
    BUSY(0x10, "busy"),
    CE(0x08, "channel end"),
    DE(0x04, "device end"),
    UC(0x02, "unit check"),
    UE(0x01, "unit exception");

    private final int mask;
    private final String label;

    DeviceStatus(int mask, String label) {
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
