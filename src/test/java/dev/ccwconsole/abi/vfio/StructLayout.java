package dev.ccwconsole.abi.vfio;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * How the Java codec of one C struct lays out its fields, found by behaviour rather than by constants: the
 * encoder builds the struct from one value per field (byte-array fields are filled with the value's low
 * byte; values of fixed fields are ignored), the decoder reads the values back. {@link VfioAbiConformanceTest} compares what it finds with the C
 * compiler's {@code offsetof}/{@code sizeof}.
 */
record StructLayout(String cName, int javaSize, ByteOrder order, List<Field> fields, Function<long[], byte[]> encoder,
        Function<byte[], long[]> decoder) {

    /**
     * One field in declaration order; {@code size} is the width the codec is expected to use. A field with a
     * {@code fixedOffset} cannot carry an arbitrary value through the codec (a composite header, an argsz that
     * must equal the buffer length): its place is compared as a constant, and golden tests cover its bytes.
     */
    record Field(String cName, int size, Integer fixedOffset) {
        boolean measured() {
            return fixedOffset == null;
        }
    }

    static Field f(String cName, int size) {
        return new Field(cName, size, null);
    }

    static Field fixed(String cName, int offset, int size) {
        return new Field(cName, size, offset);
    }

    /** A value whose every byte is non-zero at the field's width (arrays: the repeated low byte). */
    static long marker(int size) {
        if (size > 8) {
            return 0x5A;
        }
        long v = 0;
        for (int i = size; i >= 1; i--) {
            v = (v << 8) | i;
        }
        return v;
    }

    /** Fills a byte array field from its marker value. */
    static byte[] area(long value, int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) value);
        return b;
    }

    /** The marker value of an array field read back: its common byte, or -1 when the bytes differ. */
    static long areaValue(byte[] area) {
        for (byte b : area) {
            if (b != area[0]) {
                return -1;
            }
        }
        return area.length == 0 ? 0 : area[0] & 0xFF;
    }
}
