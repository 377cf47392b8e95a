package dev.ccwconsole.abi.channel;

/** Range checks for the compact constructors of this package: a value that does not fit its field is a bug. */
final class Fields {

    private Fields() {
    }

    static int unsigned(String name, int value, int bits) {
        long max = (1L << bits) - 1;
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be 0.." + max + " (" + bits + " bits), got " + value);
        }
        return value;
    }

    static long unsigned(String name, long value, int bits) {
        if (bits < 64 && (value < 0 || value > (1L << bits) - 1)) {
            throw new IllegalArgumentException(name + " must fit " + bits + " bits, got 0x" + Long.toHexString(value));
        }
        return value;
    }

    /** Requires that {@code value} has no bits outside {@code allowed}. */
    static int within(String name, int value, int allowed) {
        if ((value & ~allowed) != 0) {
            throw new IllegalArgumentException(name + " has bits outside 0x" + Integer.toHexString(allowed)
                    + ": 0x" + Integer.toHexString(value));
        }
        return value;
    }
}
