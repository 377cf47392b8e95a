package dev.ccwconsole.api;

import dev.ccwconsole.service.UnknownResourceException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Path-key parsing: a malformed subchannel id, CHPID or UUID names no resource (404). */
final class Schids {

    // compiled once: every subchannel request parses its path key
    private static final Pattern SCHID = Pattern.compile("[0-9a-fA-F]\\.[0-3]\\.[0-9a-fA-F]{4}");
    private static final Pattern CHPID = Pattern.compile("[0-9a-fA-F]{1,2}");

    private Schids() {
    }

    static String schid(String s) {
        if (s == null || !SCHID.matcher(s).matches()) {
            throw new UnknownResourceException("subchannel", s + " (expected cssid.ssid.schno, e.g. 0.0.0100)");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    static int chpid(String s) {
        String digits = s != null && s.toLowerCase(Locale.ROOT).startsWith("0x") ? s.substring(2) : s;
        if (digits == null || !CHPID.matcher(digits).matches()) {
            throw new UnknownResourceException("channel path", s + " (expected 2 hex digits)");
        }
        return Integer.parseInt(digits, 16);
    }

    static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new UnknownResourceException("mdev", s + " (not a UUID)");
        }
    }
}
