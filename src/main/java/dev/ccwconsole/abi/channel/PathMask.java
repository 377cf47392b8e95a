package dev.ccwconsole.abi.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * 8-bit path masks (LPM, PIM, PAM, POM, PNOM, LPUM): mask bit 0x80 is CHPID slot 0 … 0x01 slot 7 (spec §5.6).
 */
public final class PathMask {

    public static final int SLOTS = 8;

    private PathMask() {
    }

    /** The mask bit of CHPID slot {@code slot} (0-7). */
    public static int bit(int slot) {
        if (slot < 0 || slot >= SLOTS) {
            throw new IllegalArgumentException("CHPID slot must be 0..7, got " + slot);
        }
        return 0x80 >>> slot;
    }

    /** The slots whose bit is set, ascending. */
    public static List<Integer> slots(int mask) {
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            if ((mask & bit(slot)) != 0) {
                slots.add(slot);
            }
        }
        return slots;
    }

    /** The mask with the bits of {@code slots}. */
    public static int of(Iterable<Integer> slots) {
        int mask = 0;
        for (int slot : slots) {
            mask |= bit(slot);
        }
        return mask;
    }

    /** Two lower-case hex digits, as {@code lscss} prints masks. */
    public static String format(int mask) {
        return String.format("%02x", mask & 0xFF);
    }
}
