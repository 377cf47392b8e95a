package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** Single-bit fields of the extended-report word, ESW word 1 (spec §5.5); masks are on the 32-bit word. */
public enum ErwFlag implements BitFlag {
    L(0x4000_0000, "request logging only"),
    E(0x2000_0000, "extended-subchannel-logout pending"),
    A(0x1000_0000, "authorization check"),
    P(0x0800_0000, "path-verification required"),
    T(0x0400_0000, "channel-path timeout"),
    F(0x0200_0000, "failing-storage-address valid"),
    S(0x0100_0000, "concurrent sense"),
    C(0x0080_0000, "secondary-CCW-address valid"),
    R(0x0040_0000, "64-bit failing-storage address");

    private final int mask;
    private final String label;

    ErwFlag(int mask, String label) {
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
