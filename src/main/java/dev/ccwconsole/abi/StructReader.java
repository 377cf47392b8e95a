package dev.ccwconsole.abi;

import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Bounds-checked field access to one structure's bytes in a given byte order. Every failed access becomes a
 * {@link MalformedStructureException} naming the structure, field and offset: decoders never leak
 * IndexOutOfBoundsException and never read a silent zero past the end.
 */
public final class StructReader {

    private final String structure;
    private final byte[] bytes;
    private final int base;
    private final int length;
    private final boolean bigEndian;

    private StructReader(String structure, byte[] bytes, int base, int length, ByteOrder order) {
        this.structure = structure;
        this.bytes = bytes;
        this.base = base;
        this.length = length;
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
    }

    public static StructReader of(String structure, byte[] bytes, ByteOrder order) {
        return new StructReader(structure, bytes, 0, bytes.length, order);
    }

    public static StructReader of(String structure, byte[] bytes, int offset, int length, ByteOrder order) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new MalformedStructureException(structure, "(buffer)", offset,
                    "range of " + length + " bytes at " + offset + " lies outside a " + bytes.length + "-byte buffer");
        }
        return new StructReader(structure, bytes, offset, length, order);
    }

    /** Big-endian reader for region contents and channel-I/O control blocks (spec §3.7). */
    public static StructReader bigEndian(String structure, byte[] bytes) {
        return of(structure, bytes, ByteOrder.BIG_ENDIAN);
    }

    public String structure() {
        return structure;
    }

    public int length() {
        return length;
    }

    /** Requires exactly {@code size} bytes: the fixed-size structures of the ABI accept nothing else. */
    public StructReader requireExactly(int size) {
        if (length < size) {
            throw new MalformedStructureException(structure, "(end)", length,
                    "truncated: " + length + " bytes, " + size + " needed");
        }
        if (length > size) {
            throw new MalformedStructureException(structure, "(end)", size,
                    "oversized: " + length + " bytes, exactly " + size + " expected");
        }
        return this;
    }

    /** Requires at least {@code size} bytes (structures followed by a variable part). */
    public StructReader requireAtLeast(int size) {
        if (length < size) {
            throw new MalformedStructureException(structure, "(end)", length,
                    "truncated: " + length + " bytes, at least " + size + " needed");
        }
        return this;
    }

    private int at(String field, int offset, int size) {
        if (offset < 0 || offset > length - size) {
            throw new MalformedStructureException(structure, field, offset,
                    "needs " + size + " byte(s) but the structure has " + length);
        }
        return base + offset;
    }

    public int u8(String field, int offset) {
        return bytes[at(field, offset, 1)] & 0xFF;
    }

    public int u16(String field, int offset) {
        int i = at(field, offset, 2);
        int b0 = bytes[i] & 0xFF;
        int b1 = bytes[i + 1] & 0xFF;
        return bigEndian ? (b0 << 8) | b1 : (b1 << 8) | b0;
    }

    /** A 32-bit field as a Java int (callers treat it as unsigned where the ABI says {@code __u32}). */
    public int s32(String field, int offset) {
        int i = at(field, offset, 4);
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int b = bytes[i + (bigEndian ? k : 3 - k)] & 0xFF;
            v = (v << 8) | b;
        }
        return v;
    }

    public long u32(String field, int offset) {
        return s32(field, offset) & 0xFFFF_FFFFL;
    }

    public long s64(String field, int offset) {
        int i = at(field, offset, 8);
        long v = 0;
        for (int k = 0; k < 8; k++) {
            long b = bytes[i + (bigEndian ? k : 7 - k)] & 0xFF;
            v = (v << 8) | b;
        }
        return v;
    }

    public byte[] bytes(String field, int offset, int size) {
        int i = at(field, offset, size);
        return Arrays.copyOfRange(bytes, i, i + size);
    }

    /** Fails with a precise message when a reserved or must-be-zero field is not zero. */
    public void requireZero(String field, int offset, long value) {
        if (value != 0) {
            throw new MalformedStructureException(structure, field, offset,
                    "must be zero, found 0x" + Long.toHexString(value));
        }
    }

    public MalformedStructureException error(String field, int offset, String reason) {
        return new MalformedStructureException(structure, field, offset, reason);
    }
}
