package dev.ccwconsole.abi;

import java.nio.ByteOrder;

/** Fixed-size encoder counterpart of {@link StructReader}. Values are masked to the field width by the caller. */
public final class StructWriter {

    private final byte[] bytes;
    private final boolean bigEndian;

    private StructWriter(int size, ByteOrder order) {
        this.bytes = new byte[size];
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
    }

    public static StructWriter of(int size, ByteOrder order) {
        return new StructWriter(size, order);
    }

    public static StructWriter bigEndian(int size) {
        return new StructWriter(size, ByteOrder.BIG_ENDIAN);
    }

    public StructWriter u8(int offset, int value) {
        bytes[offset] = (byte) value;
        return this;
    }

    public StructWriter u16(int offset, int value) {
        put(offset, value, 2);
        return this;
    }

    public StructWriter u32(int offset, long value) {
        put(offset, value, 4);
        return this;
    }

    public StructWriter u64(int offset, long value) {
        put(offset, value, 8);
        return this;
    }

    public StructWriter bytes(int offset, byte[] value) {
        System.arraycopy(value, 0, bytes, offset, value.length);
        return this;
    }

    private void put(int offset, long value, int size) {
        for (int k = 0; k < size; k++) {
            int shift = 8 * (bigEndian ? size - 1 - k : k);
            bytes[offset + k] = (byte) (value >>> shift);
        }
    }

    /** The encoded bytes (the writer's own array: do not keep writing after this). */
    public byte[] toBytes() {
        return bytes;
    }
}
