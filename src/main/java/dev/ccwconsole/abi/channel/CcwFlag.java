package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** The flag byte of a CCW (spec §5.3); masks are on that byte. */
public enum CcwFlag implements BitFlag {
    CD(0x80, "chain data"),
    CC(0x40, "chain command"),
    SLI(0x20, "suppress incorrect length"),
    SKIP(0x10, "skip (no data stored)"),
    PCI(0x08, "program-controlled interruption"),
    IDA(0x04, "indirect data addressing"),
    S(0x02, "suspend"),
    MIDA(0x01, "modified indirect data addressing");

    private final int mask;
    private final String label;

    CcwFlag(int mask, String label) {
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
