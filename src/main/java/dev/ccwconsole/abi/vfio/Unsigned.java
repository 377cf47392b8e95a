package dev.ccwconsole.abi.vfio;

/** Range checks for unsigned ABI fields held in wider Java types (records reject values that cannot encode). */
final class Unsigned {

    static final long U32_MAX = 0xFFFF_FFFFL;

    private Unsigned() {
    }

    static long u32(String field, long value) {
        if (value < 0 || value > U32_MAX) {
            throw new IllegalArgumentException(field + " is an unsigned 32-bit field, got " + value);
        }
        return value;
    }

    static int u16(String field, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(field + " is an unsigned 16-bit field, got " + value);
        }
        return value;
    }

    static String u64(long value) {
        return Long.toUnsignedString(value);
    }

    static String hex64(long value) {
        return "0x" + Long.toHexString(value);
    }
}
