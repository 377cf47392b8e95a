package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlags;

import java.util.Set;

/**
 * Extended-report word, ESW word 1 (spec §5.5): {@link ErwFlag} bits and the 6-bit sense count SCNT. Bit 0 and
 * bits 16-31 are reserved.
 */
public record Erw(int flags, int senseCount) {

    static final int FLAG_MASK = 0x7FC0_0000;
    static final int SCNT_MASK = 0x003F_0000;
    static final int RESERVED_MASK = 0x8000_FFFF;

    public static final Erw NONE = new Erw(0, 0);

    public Erw {
        Fields.within("flags", flags, FLAG_MASK);
        Fields.unsigned("senseCount", senseCount, 6);
    }

    /** Decodes the word; reserved bits must be checked by the caller, which knows the offset. */
    static Erw fromWord(int word) {
        return new Erw(word & FLAG_MASK, (word & SCNT_MASK) >>> 16);
    }

    public int word() {
        return flags | (senseCount << 16);
    }

    public boolean has(ErwFlag flag) {
        return (flags & flag.mask()) != 0;
    }

    public Set<ErwFlag> flagSet() {
        return BitFlags.of(ErwFlag.class, flags);
    }

    public String describe() {
        return "ERW " + BitFlags.names(flagSet(), "+") + " SCNT " + senseCount;
    }
}
