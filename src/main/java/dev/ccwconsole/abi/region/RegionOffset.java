package dev.ccwconsole.abi.region;

/**
 * A {@code pread}/{@code pwrite} file offset on a vfio-ccw device fd: region index in the bits above
 * {@link #SHIFT}, position inside the region in the low 10 bits (spec §3.1, {@code VFIO_CCW_OFFSET_SHIFT}).
 * Prefer the {@code offset} reported by GET_REGION_INFO; this class explains and checks it.
 */
public record RegionOffset(int index, int position) {

    /** {@code VFIO_CCW_OFFSET_SHIFT}. */
    public static final int SHIFT = 10;
    /** Positions inside a region: {@code offset & 0x3FF}. */
    public static final int POSITION_MASK = (1 << SHIFT) - 1;

    public RegionOffset {
        if (index < 0) {
            throw new IllegalArgumentException("region index must not be negative, got " + index);
        }
        if (position < 0 || position > POSITION_MASK) {
            throw new IllegalArgumentException("position inside a region must be 0..1023, got " + position);
        }
    }

    /** The start of region {@code index}. */
    public static RegionOffset ofRegion(int index) {
        return new RegionOffset(index, 0);
    }

    public static RegionOffset of(long fileOffset) {
        if (fileOffset < 0) {
            throw new IllegalArgumentException("file offset must not be negative, got " + fileOffset);
        }
        long index = fileOffset >>> SHIFT;
        if (index > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("file offset 0x" + Long.toHexString(fileOffset) + " names no region");
        }
        return new RegionOffset((int) index, (int) (fileOffset & POSITION_MASK));
    }

    public long fileOffset() {
        return ((long) index << SHIFT) | position;
    }

    /** The same region, {@code position} bytes in. */
    public RegionOffset at(int newPosition) {
        return new RegionOffset(index, newPosition);
    }

    public String describe() {
        return "region " + index + " + " + position + " (file offset 0x" + Long.toHexString(fileOffset()) + ")";
    }
}
