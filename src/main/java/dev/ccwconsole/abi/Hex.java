package dev.ccwconsole.abi;

import java.util.HexFormat;

/** Hex strings as the REST contract spells them: no {@code 0x} inside byte strings, either case accepted. */
public final class Hex {

    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    public static String of(byte[] bytes, int offset, int length) {
        return LOWER.formatHex(bytes, offset, offset + length);
    }

    /**
     * Parses a byte string; white space between digits is ignored. Throws {@link HexFormatException} naming
     * the position of the first bad character, or the odd length.
     */
    public static byte[] parse(String hex) {
        if (hex == null) {
            throw new HexFormatException(0, "hex string is missing");
        }
        StringBuilder compact = new StringBuilder(hex.length());
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.digit(c, 16) < 0) {
                throw new HexFormatException(i, "'" + c + "' is not a hex digit");
            }
            compact.append(c);
        }
        if (compact.length() % 2 != 0) {
            throw new HexFormatException(hex.length(), "odd number of hex digits (" + compact.length() + ")");
        }
        return LOWER.parseHex(compact);
    }

    /** Parses a scalar such as {@code "0x00010100"} or {@code "ff"} (optional 0x prefix) as unsigned. */
    public static long parseScalar(String hex, int maxDigits) {
        if (hex == null || hex.isEmpty()) {
            throw new HexFormatException(0, "hex value is missing");
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        int shift = hex.length() - digits.length();
        if (digits.isEmpty()) {
            throw new HexFormatException(shift, "no digits after 0x");
        }
        if (digits.length() > maxDigits) {
            throw new HexFormatException(shift, "at most " + maxDigits + " hex digits allowed, found " + digits.length());
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) {
                throw new HexFormatException(shift + i, "'" + digits.charAt(i) + "' is not a hex digit");
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** Two lower-case hex digits, e.g. path masks and CHPIDs. */
    public static String u8(int value) {
        return LOWER.toHexDigits((byte) value);
    }

    /** Four lower-case hex digits, e.g. device and subchannel numbers. */
    public static String u16(int value) {
        return LOWER.toHexDigits((short) value);
    }

    public static String u32(int value) {
        return LOWER.toHexDigits(value);
    }

    /** Thrown for malformed hex input; {@link #position()} is the index of the offending character. */
    public static final class HexFormatException extends IllegalArgumentException {
        private final int position;

        public HexFormatException(int position, String reason) {
            super("invalid hex at position " + position + ": " + reason);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }
}
