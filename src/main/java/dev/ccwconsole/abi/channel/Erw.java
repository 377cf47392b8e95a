package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlags;

import java.util.Set;

/**
 * Extended-report word, ESW word 1 (spec §5.5): {@link ErwFlag} bits and the 6-bit sense count SCNT. Bit 0 and
 * bits 16-31 are reserved. Bits 16-31 are kept rather than refused: QEMU's channel subsystem stores the sense count
 * there ({@code ESW_ERW_SENSE | sizeof(sense_data) << 8} = {@code 0x01002000}, seen through the real vfio_ccw driver
 * in the s390x guest), and an interrupt must never be lost over a field nobody reads.
 */
public record Erw(int flags, int senseCount, int reservedLowBits) {

    static final int FLAG_MASK = 0x7FC0_0000;
    static final int SCNT_MASK = 0x003F_0000;
    static final int LOW_RESERVED_MASK = 0x0000_FFFF;

    public static final Erw NONE = new Erw(0, 0);

    public Erw {
        Fields.within("flags", flags, FLAG_MASK);
        Fields.unsigned("senseCount", senseCount, 6);
        Fields.unsigned("reservedLowBits", reservedLowBits, 16);
    }

    public Erw(int flags, int senseCount) {
        this(flags, senseCount, 0);
    }

    /** Decodes the word; bit 0 must be checked by the caller, which knows the offset. */
    static Erw fromWord(int word) {
        return new Erw(word & FLAG_MASK, (word & SCNT_MASK) >>> 16, word & LOW_RESERVED_MASK);
    }

    public int word() {
        return flags | (senseCount << 16) | reservedLowBits;
    }

    public boolean has(ErwFlag flag) {
        return (flags & flag.mask()) != 0;
    }

    public Set<ErwFlag> flagSet() {
        return BitFlags.of(ErwFlag.class, flags);
    }

    public String describe() {
        return "ERW " + BitFlags.names(flagSet(), "+") + " SCNT " + senseCount
                + (reservedLowBits == 0 ? "" : String.format(" reserved bits 16-31 = %04x", reservedLowBits));
    }
}
