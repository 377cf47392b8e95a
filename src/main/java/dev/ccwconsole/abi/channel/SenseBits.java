package dev.ccwconsole.abi.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of the architected sense bits (spec §8.4): byte 0 (common to most devices) and byte 1 (DASD), plus the
 * DASD sense format and message code of byte 7.
 */
public final class SenseBits {

    private static final String[] BYTE0 = {"command reject", "intervention required", "bus-out check",
        "equipment check", "data check", "overrun", "control check", "incomplete domain / operation check"};
    private static final String[] BYTE1_DASD = {"permanent error", "invalid track format", "end of cylinder",
        "message to operator", "no record found", "file protected", "write inhibited", "imprecise ending"};

    private SenseBits() {
    }

    /** Names of the bits set in sense byte 0, most significant first. */
    public static List<String> byte0(int value) {
        return names(BYTE0, value);
    }

    /** Names of the bits set in sense byte 1 as DASD defines them. */
    public static List<String> byte1Dasd(int value) {
        return names(BYTE1_DASD, value);
    }

    /** DASD sense format, the high nibble of byte 7. */
    public static int format(byte[] sense) {
        return sense.length > 7 ? (sense[7] & 0xF0) >>> 4 : -1;
    }

    /** DASD message code, the low nibble of byte 7. */
    public static int message(byte[] sense) {
        return sense.length > 7 ? sense[7] & 0x0F : -1;
    }

    /** A one-line explanation of sense bytes 0, 1 and (when present) the format/message of byte 7. */
    public static String explain(byte[] sense) {
        if (sense.length == 0) {
            return "no sense data";
        }
        List<String> parts = new ArrayList<>(byte0(sense[0] & 0xFF));
        if (sense.length > 1) {
            parts.addAll(byte1Dasd(sense[1] & 0xFF));
        }
        String bits = parts.isEmpty() ? "no byte 0/1 bits" : String.join(", ", parts);
        if (sense.length > 7) {
            bits += String.format(" (format %d, message %d)", format(sense), message(sense));
        }
        return bits;
    }

    private static List<String> names(String[] table, int value) {
        List<String> out = new ArrayList<>();
        for (int bit = 0; bit < 8; bit++) {
            if ((value & (0x80 >>> bit)) != 0) {
                out.add(table[bit]);
            }
        }
        return out;
    }
}
