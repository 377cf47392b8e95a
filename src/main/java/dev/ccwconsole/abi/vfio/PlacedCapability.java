package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.Hex;
import java.util.Arrays;

/**
 * One capability where it sits in a region-info buffer: its {@code offset} from the buffer start, its
 * {@code next} link (0 = last) and, for a {@link TypeCapability}, the {@code trailing} bytes between its 16
 * bytes and the next capability or the buffer end (a raw capability's body already covers them, so its
 * trailing part is always empty). Together these reproduce the buffer exactly.
 */
public record PlacedCapability(long offset, long next, RegionCapability capability, byte[] trailing) {

    public PlacedCapability {
        Unsigned.u32("offset", offset);
        Unsigned.u32("next", next);
        if (capability == null) {
            throw new IllegalArgumentException("capability is missing");
        }
        if (capability instanceof RawCapability && trailing.length != 0) {
            throw new IllegalArgumentException("a raw capability's body covers its trailing bytes");
        }
        trailing = trailing.clone();
    }

    public PlacedCapability(long offset, long next, RegionCapability capability) {
        this(offset, next, capability, new byte[0]);
    }

    @Override
    public byte[] trailing() {
        return trailing.clone();
    }

    /** Bytes from {@code offset} to the next capability or the end of the buffer. */
    public int extent() {
        return capability.encodedLength() + trailing.length;
    }

    public VfioInfoCapHeader header() {
        return new VfioInfoCapHeader(capability.id(), capability.version(), next);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlacedCapability other && offset == other.offset && next == other.next
                && capability.equals(other.capability) && Arrays.equals(trailing, other.trailing);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset * 31 + next) * 31 + capability.hashCode() * 7 + Arrays.hashCode(trailing);
    }

    @Override
    public String toString() {
        return "PlacedCapability[offset=" + offset + ", next=" + next + ", " + capability + ", trailing="
                + Hex.of(trailing) + "]";
    }

    public String describe() {
        return "@" + offset + " " + capability.describe() + (next == 0 ? " (last)" : ", next @" + next)
                + (trailing.length == 0 ? "" : ", " + trailing.length + " trailing bytes");
    }
}
