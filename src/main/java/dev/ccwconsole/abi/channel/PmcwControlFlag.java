package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** Single-bit fields of PMCW word 6 (spec §5.6); masks are on that word. */
public enum PmcwControlFlag implements BitFlag {
    MBFC(0x4, "measurement-block format control"),
    XMWME(0x2, "extended-measurement-word mode enable"),
    CONCURRENT_SENSE(0x1, "concurrent sense");

    private final int mask;
    private final String label;

    PmcwControlFlag(int mask, String label) {
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
