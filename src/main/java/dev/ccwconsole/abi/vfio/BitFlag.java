package dev.ccwconsole.abi.vfio;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/** A named bit of a VFIO flags word: its mask and a human label (the C name without prefix). */
public interface BitFlag {

    int mask();

    String label();

    /** The named flags set in {@code bits}; bits without a name are ignored here and shown by {@link #describe}. */
    static <E extends Enum<E> & BitFlag> Set<E> decode(Class<E> type, int bits) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E flag : type.getEnumConstants()) {
            if ((bits & flag.mask()) == flag.mask()) {
                set.add(flag);
            }
        }
        return set;
    }

    static int encode(Collection<? extends BitFlag> flags) {
        int bits = 0;
        for (BitFlag flag : flags) {
            bits |= flag.mask();
        }
        return bits;
    }

    /** E.g. {@code "READ|WRITE|CAPS"}, {@code "none"}, or {@code "READ|0x40"} when a bit has no name. */
    static <E extends Enum<E> & BitFlag> String describe(Class<E> type, int bits) {
        StringJoiner joiner = new StringJoiner("|");
        int known = 0;
        for (E flag : type.getEnumConstants()) {
            if ((bits & flag.mask()) == flag.mask()) {
                joiner.add(flag.label());
                known |= flag.mask();
            }
        }
        int unknown = bits & ~known;
        if (unknown != 0) {
            joiner.add("0x" + Integer.toHexString(unknown));
        }
        return bits == 0 ? "none" : joiner.toString();
    }
}
