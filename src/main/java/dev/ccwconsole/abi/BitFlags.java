package dev.ccwconsole.abi;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/** Conversions between raw bit masks and sets of {@link BitFlag} enum constants. */
public final class BitFlags {

    private BitFlags() {
    }

    /** The constants of {@code type} whose mask is fully contained in {@code bits}, in declaration order. */
    public static <E extends Enum<E> & BitFlag> Set<E> of(Class<E> type, int bits) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if ((bits & e.mask()) == e.mask()) {
                set.add(e);
            }
        }
        return set;
    }

    /** The OR of the masks of {@code flags}. */
    public static int mask(Collection<? extends BitFlag> flags) {
        int bits = 0;
        for (BitFlag f : flags) {
            bits |= f.mask();
        }
        return bits;
    }

    /** The REST names ({@code name()}) joined with {@code separator}, or {@code "-"} for the empty set. */
    public static <E extends Enum<E>> String names(Set<E> flags, String separator) {
        return join(flags, separator, Enum::name);
    }

    /** The human labels joined with {@code separator}, or {@code "-"} for the empty set. */
    public static <E extends Enum<E> & BitFlag> String labels(Set<E> flags, String separator) {
        return join(flags, separator, BitFlag::label);
    }

    /**
     * Labels joined with {@code |}, e.g. {@code "READ|WRITE|CAPS"}; {@code "none"} for 0; bits without a name are
     * shown in hex ({@code "READ|0x40"}) rather than dropped.
     */
    public static <E extends Enum<E> & BitFlag> String describe(Class<E> type, int bits) {
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

    private static <E> String join(Set<E> flags, String separator, Function<E, String> text) {
        if (flags.isEmpty()) {
            return "-";
        }
        StringJoiner joiner = new StringJoiner(separator);
        flags.forEach(f -> joiner.add(text.apply(f)));
        return joiner.toString();
    }
}
