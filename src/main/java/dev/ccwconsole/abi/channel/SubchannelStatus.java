package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/** Subchannel (channel) status, SCSW word 2 bits 8-15 (spec §5.4); masks are on that byte. */
public enum SubchannelStatus implements BitFlag {
    PCI(0x80, "program-controlled interruption"),
    IL(0x40, "incorrect length"),
    PROGRAM_CHECK(0x20, "program check"),
    PROTECTION_CHECK(0x10, "protection check"),
    CHANNEL_DATA_CHECK(0x08, "channel-data check"),
    CHANNEL_CONTROL_CHECK(0x04, "channel-control check"),
    INTERFACE_CONTROL_CHECK(0x02, "interface-control check"),
    CHAINING_CHECK(0x01, "chaining check");

    private final int mask;
    private final String label;

    SubchannelStatus(int mask, String label) {
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
