package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.MalformedStructureException;

/**
 * The {@code <cssid>.<ssid>.<number>} text of sysfs bus ids ({@code 0.0.0313}, {@code 0.0.5000}): cssid and
 * ssid in hex, the number as exactly four hex digits (spec §1.1, §1.2). Errors name the part and the character
 * position.
 */
final class BusIdText {

    private BusIdText() {
    }

    /** {cssid, ssid, number} parsed from {@code text}. */
    static int[] parse(String structure, String text) {
        if (text == null) {
            throw new MalformedStructureException(structure, "(text)", 0, "bus id is missing");
        }
        int firstDot = text.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : text.indexOf('.', firstDot + 1);
        if (firstDot < 0 || secondDot < 0 || text.indexOf('.', secondDot + 1) >= 0) {
            throw new MalformedStructureException(structure, "(text)", 0,
                    "expected <cssid>.<ssid>.<4 hex digits>, got '" + text + "'");
        }
        int cssid = hex(structure, "cssid", text, 0, firstDot, 2, 0xFF);
        int ssid = hex(structure, "ssid", text, firstDot + 1, secondDot, 1, 3);
        if (text.length() - secondDot - 1 != 4) {
            throw new MalformedStructureException(structure, "number", secondDot + 1,
                    "exactly 4 hex digits expected, got '" + text.substring(secondDot + 1) + "'");
        }
        int number = hex(structure, "number", text, secondDot + 1, text.length(), 4, 0xFFFF);
        return new int[] {cssid, ssid, number};
    }

    static String format(int cssid, int ssid, int number) {
        return Integer.toHexString(cssid) + "." + Integer.toHexString(ssid) + "." + String.format("%04x", number);
    }

    private static int hex(String structure, String field, String text, int from, int to, int maxDigits, int max) {
        if (to == from || to - from > maxDigits) {
            throw new MalformedStructureException(structure, field, from,
                    "1 to " + maxDigits + " hex digits expected, got '" + text.substring(from, to) + "'");
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                throw new MalformedStructureException(structure, field, i,
                        "'" + text.charAt(i) + "' is not a hex digit");
            }
            value = value * 16 + digit;
        }
        if (value > max) {
            throw new MalformedStructureException(structure, field, from,
                    "0x" + Integer.toHexString(value) + " exceeds the maximum 0x" + Integer.toHexString(max));
        }
        return value;
    }
}
