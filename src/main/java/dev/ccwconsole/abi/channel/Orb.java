package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.Set;

/**
 * Command-mode operation request block (spec §5.2): 12 bytes (words 0-2), or 32 bytes with the extension words
 * 3-7 when {@link #extension()} is present (which requires the X flag; X alone with 12 bytes is accepted, since
 * callers often hold only words 0-2).
 *
 * @param intparm               interruption parameter (word 0)
 * @param key                   storage-protection key (word 1 bits 0-3)
 * @param flags                 the {@link OrbFlag} bits of word 1
 * @param lpm                   logical-path mask (word 1 bits 16-23; 0x80 ↔ CHPID slot 0)
 * @param channelProgramAddress address of the first CCW (word 2 bits 1-31)
 * @param extension             words 3-7, or null for the 12-byte form
 */
public record Orb(int intparm, int key, int flags, int lpm, int channelProgramAddress, OrbExtension extension) {

    public static final int SIZE = 12;
    public static final int EXTENDED_SIZE = 32;

    static final int KEY_MASK = 0xF000_0000;
    static final int LPM_MASK = 0x0000_FF00;
    static final int ZERO_MASK = 0x0000_003E;

    private static final String STRUCTURE = "Orb";

    public Orb {
        Fields.unsigned("key", key, 4);
        Fields.within("flags", flags, OrbFlag.ALL);
        Fields.unsigned("lpm", lpm, 8);
        if (channelProgramAddress < 0) {
            throw new IllegalArgumentException("channelProgramAddress is 31-bit, got 0x"
                    + Integer.toHexString(channelProgramAddress));
        }
        if (extension != null && (flags & OrbFlag.EXTENSION.mask()) == 0) {
            throw new IllegalArgumentException("ORB extension words need the X flag");
        }
    }

    /** Decodes the 12-byte or the 32-byte (X = 1) form. */
    public static Orb decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes);
        if (bytes.length != EXTENDED_SIZE) {
            r.requireExactly(SIZE);
        }
        int intparm = r.s32("intparm", 0);
        int word1 = r.s32("word1", 4);
        if ((word1 & ZERO_MASK) != 0) {
            throw r.error("reserved(word1 bits 26-30)", 7,
                    "must be zero (operand exception), found 0x" + Integer.toHexString(word1 & ZERO_MASK));
        }
        int word2 = r.s32("cpa", 8);
        if (word2 < 0) {
            throw r.error("reserved(word2 bit 0)", 8, "must be zero (31-bit channel-program address)");
        }
        OrbExtension extension = null;
        if (bytes.length == EXTENDED_SIZE) {
            if ((word1 & OrbFlag.EXTENSION.mask()) == 0) {
                throw r.error("X", 7, "32-byte ORB without the extension flag X");
            }
            r.requireZero("reserved(word3 byte 1)", 13, r.u8("reserved", 13));
            r.requireZero("reserved(word3 byte 3)", 15, r.u8("reserved", 15));
            for (int offset = 16; offset < EXTENDED_SIZE; offset += 4) {
                r.requireZero("reserved(word" + offset / 4 + ")", offset, r.u32("reserved", offset));
            }
            extension = new OrbExtension(r.u8("channelSubsystemPriority", 12), r.u8("controlUnitPriority", 14));
        }
        return new Orb(intparm, word1 >>> 28, word1 & OrbFlag.ALL, (word1 & LPM_MASK) >>> 8, word2, extension);
    }

    public byte[] encode() {
        StructWriter w = StructWriter.bigEndian(extension == null ? SIZE : EXTENDED_SIZE)
                .u32(0, intparm & 0xFFFF_FFFFL)
                .u32(4, word1() & 0xFFFF_FFFFL)
                .u32(8, channelProgramAddress);
        if (extension != null) {
            w.u8(12, extension.channelSubsystemPriority()).u8(14, extension.controlUnitPriority());
        }
        return w.toBytes();
    }

    /** ORB word 1 as a 32-bit value: key, flags and LPM. */
    public int word1() {
        return (key << 28) | flags | (lpm << 8);
    }

    public boolean has(OrbFlag flag) {
        return (flags & flag.mask()) != 0;
    }

    public Set<OrbFlag> flagSet() {
        return BitFlags.of(OrbFlag.class, flags);
    }

    public boolean format1() {
        return has(OrbFlag.FORMAT1);
    }

    public boolean prefetch() {
        return has(OrbFlag.PREFETCH);
    }

    public boolean transportMode() {
        return has(OrbFlag.TRANSPORT_MODE);
    }

    /** The IDAW format this ORB selects for IDA CCWs (H and T, spec §5.3). */
    public IdawFormat idawFormat() {
        return IdawFormat.of(has(OrbFlag.FORMAT2_IDAW), has(OrbFlag.IDAW_2K));
    }

    public Orb withIntparm(int value) {
        return new Orb(value, key, flags, lpm, channelProgramAddress, extension);
    }

    public Orb withKey(int value) {
        return new Orb(intparm, value, flags, lpm, channelProgramAddress, extension);
    }

    public Orb withFlag(OrbFlag flag, boolean set) {
        int bits = set ? flags | flag.mask() : flags & ~flag.mask();
        return new Orb(intparm, key, bits, lpm, channelProgramAddress,
                flag == OrbFlag.EXTENSION && !set ? null : extension);
    }

    public Orb withLpm(int value) {
        return new Orb(intparm, key, flags, value, channelProgramAddress, extension);
    }

    public Orb withChannelProgramAddress(int value) {
        return new Orb(intparm, key, flags, lpm, value, extension);
    }

    /** Adds words 3-7 (and the X flag), or removes them when {@code value} is null (keeping X as it was). */
    public Orb withExtension(OrbExtension value) {
        int bits = value == null ? flags : flags | OrbFlag.EXTENSION.mask();
        return new Orb(intparm, key, bits, lpm, channelProgramAddress, value);
    }

    /** The REST contract's defaults: key 0, format-1, prefetch, LPM 0xFF, intparm and CPA 0. */
    public static Builder builder() {
        return new Builder();
    }

    public String describe() {
        StringBuilder s = new StringBuilder()
                .append(String.format("ORB intparm 0x%08x key %d flags ", intparm, key));
        s.append(flagSet().isEmpty() ? "-" : String.join(" ", flagSet().stream().map(OrbFlag::letter).toList()));
        s.append(String.format(" LPM %02x CPA 0x%08x", lpm, channelProgramAddress));
        if (extension != null) {
            s.append(String.format(" priorities css %d cu %d", extension.channelSubsystemPriority(),
                    extension.controlUnitPriority()));
        }
        return s.toString();
    }

    /** Mutable builder; starts from the REST defaults (format-1, prefetch, LPM 0xFF). */
    public static final class Builder {
        private int intparm;
        private int key;
        private int flags = OrbFlag.FORMAT1.mask() | OrbFlag.PREFETCH.mask();
        private int lpm = 0xFF;
        private int channelProgramAddress;
        private OrbExtension extension;

        public Builder intparm(int value) {
            intparm = value;
            return this;
        }

        public Builder key(int value) {
            key = value;
            return this;
        }

        public Builder flag(OrbFlag flag, boolean set) {
            flags = set ? flags | flag.mask() : flags & ~flag.mask();
            return this;
        }

        public Builder flags(int value) {
            flags = value;
            return this;
        }

        public Builder lpm(int value) {
            lpm = value;
            return this;
        }

        public Builder channelProgramAddress(int value) {
            channelProgramAddress = value;
            return this;
        }

        public Builder extension(OrbExtension value) {
            extension = value;
            if (value != null) {
                flags |= OrbFlag.EXTENSION.mask();
            }
            return this;
        }

        public Orb build() {
            return new Orb(intparm, key, flags, lpm, channelProgramAddress, extension);
        }
    }
}
