package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.Set;

/**
 * A channel command word (spec §5.3), held format-independently: command code, flag byte, count and data
 * address. Format-1 wire form: command | flags | count(2) | address(4, bit 0 zero). Format-0: command |
 * address(3) | flags | reserved | count(2).
 *
 * @param dataAddress up to 32 bits, so that {@link #decodeFormat1Unchecked} can hold what vfio-ccw reads without
 *                    architecture checks; the strict decoders and {@link #encodeFormat0()} enforce the limits.
 */
public record Ccw(int command, int flags, int count, long dataAddress) {

    public static final int SIZE = 8;
    /** The format-1 TIC command code; vfio-ccw recognises only this exact value (spec §6.2). */
    public static final int TIC = 0x08;

    public Ccw {
        Fields.unsigned("command", command, 8);
        Fields.unsigned("flags", flags, 8);
        Fields.unsigned("count", count, 16);
        Fields.unsigned("dataAddress", dataAddress, 32);
    }

    public static Ccw of(int command, Set<CcwFlag> flags, int count, long dataAddress) {
        return new Ccw(command, BitFlags.mask(flags), count, dataAddress);
    }

    /** A format-1 TIC to {@code target} (flags and count 0). */
    public static Ccw tic(long target) {
        return new Ccw(TIC, 0, 0, target);
    }

    /** Strict format-1 decode: exactly 8 bytes, data-address bit 0 zero. */
    public static Ccw decodeFormat1(byte[] bytes) {
        StructReader r = StructReader.bigEndian("Ccw1", bytes).requireExactly(SIZE);
        if ((r.u8("dataAddress", 4) & 0x80) != 0) {
            throw r.error("dataAddress", 4, "bit 0 must be zero (31-bit address)");
        }
        return decodeFormat1Unchecked(bytes, 0);
    }

    /**
     * Format-1 CCW at {@code offset} exactly as vfio-ccw reads it from a channel-program segment: no check of
     * the address bit 0 (spec §6.2: alignment and 31-bit limits are left to the hardware).
     */
    public static Ccw decodeFormat1Unchecked(byte[] bytes, int offset) {
        StructReader r = StructReader.of("Ccw1", bytes, offset, SIZE, java.nio.ByteOrder.BIG_ENDIAN);
        return new Ccw(r.u8("command", 0), r.u8("flags", 1), r.u16("count", 2), r.u32("dataAddress", 4));
    }

    /** Strict format-0 decode: exactly 8 bytes, reserved byte 5 zero. The TIC is not normalised. */
    public static Ccw decodeFormat0(byte[] bytes) {
        StructReader r = StructReader.bigEndian("Ccw0", bytes).requireExactly(SIZE);
        r.requireZero("reserved", 5, r.u8("reserved", 5));
        return decodeFormat0Unchecked(bytes, 0);
    }

    /** Format-0 CCW at {@code offset} as vfio-ccw reads it (reserved byte ignored). */
    public static Ccw decodeFormat0Unchecked(byte[] bytes, int offset) {
        StructReader r = StructReader.of("Ccw0", bytes, offset, SIZE, java.nio.ByteOrder.BIG_ENDIAN);
        long address = ((long) r.u8("dataAddress", 1) << 16) | r.u16("dataAddress", 2);
        return new Ccw(r.u8("command", 0), r.u8("flags", 4), r.u16("count", 6), address);
    }

    public byte[] encodeFormat1() {
        return StructWriter.bigEndian(SIZE).u8(0, command).u8(1, flags).u16(2, count).u32(4, dataAddress)
                .toBytes();
    }

    /** Format-0 bytes; the data address must fit 24 bits. */
    public byte[] encodeFormat0() {
        if (dataAddress > 0xFF_FFFFL) {
            throw new IllegalArgumentException("format-0 data address is 24-bit, got 0x" + Long.toHexString(dataAddress));
        }
        return StructWriter.bigEndian(SIZE).u8(0, command).u8(1, (int) (dataAddress >>> 16))
                .u16(2, (int) dataAddress).u8(4, flags).u16(6, count).toBytes();
    }

    /**
     * The format-1 CCW vfio-ccw makes of this format-0 CCW (spec §6.1 step 2): a command whose low 4 bits are
     * {@code 1000} becomes TIC 0x08 with flags and count 0; everything else keeps command, flags and count; the
     * 24-bit address is widened unchanged.
     */
    public Ccw convertedFromFormat0() {
        return (command & 0x0F) == 0x08 ? tic(dataAddress) : this;
    }

    public boolean has(CcwFlag flag) {
        return (flags & flag.mask()) != 0;
    }

    public Set<CcwFlag> flagSet() {
        return BitFlags.of(CcwFlag.class, flags);
    }

    public CommandClass commandClass() {
        return CommandClass.of(command);
    }

    /** True only for command 0x08: how vfio-ccw recognises a format-1 TIC (spec §6.2). */
    public boolean isTic() {
        return command == TIC;
    }

    /** CC or CD set: the program continues after this CCW. */
    public boolean isChained() {
        return has(CcwFlag.CC) || has(CcwFlag.CD);
    }

    public Ccw withCommand(int value) {
        return new Ccw(value, flags, count, dataAddress);
    }

    public Ccw withFlags(int value) {
        return new Ccw(command, value, count, dataAddress);
    }

    public Ccw withFlag(CcwFlag flag, boolean set) {
        return withFlags(set ? flags | flag.mask() : flags & ~flag.mask());
    }

    public Ccw withCount(int value) {
        return new Ccw(command, flags, value, dataAddress);
    }

    public Ccw withDataAddress(long value) {
        return new Ccw(command, flags, count, value);
    }

    public String describe() {
        if (isTic()) {
            return String.format("TIC to 0x%08x", dataAddress);
        }
        return String.format("%02x %s [%s] flags %s count %d data 0x%08x", command, CommandCode.nameOf(command),
                commandClass().label(), BitFlags.names(flagSet(), " "), count, dataAddress);
    }
}
