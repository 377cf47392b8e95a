package dev.ccwconsole.abi.channel;

/**
 * The three IDAW formats an ORB can select (spec §5.3): format-1 (ORB H = 0; 4-byte, 31-bit, 2 KiB blocks),
 * format-2 4K (H = 1, T = 0; 8-byte, 64-bit) and format-2 2K (H = 1, T = 1).
 */
public enum IdawFormat {
    FORMAT1_2K(4, 2048, "format-1 (31-bit, 2 KiB)"),
    FORMAT2_4K(8, 4096, "format-2 (64-bit, 4 KiB)"),
    FORMAT2_2K(8, 2048, "format-2 (64-bit, 2 KiB)");

    private final int idawSize;
    private final int blockSize;
    private final String label;

    IdawFormat(int idawSize, int blockSize, String label) {
        this.idawSize = idawSize;
        this.blockSize = blockSize;
        this.label = label;
    }

    /** The format the ORB's H (c64) and T (i2k) bits select; T matters only with H. */
    public static IdawFormat of(boolean format2, boolean twoK) {
        if (!format2) {
            return FORMAT1_2K;
        }
        return twoK ? FORMAT2_2K : FORMAT2_4K;
    }

    /** Bytes per IDAW: 4 or 8. */
    public int idawSize() {
        return idawSize;
    }

    /** Bytes per data block: 2048 or 4096. */
    public int blockSize() {
        return blockSize;
    }

    public String label() {
        return label;
    }

    /** The ORB H and T flags selecting this format. */
    public int orbFlags() {
        switch (this) {
            case FORMAT2_4K:
                return OrbFlag.FORMAT2_IDAW.mask();
            case FORMAT2_2K:
                return OrbFlag.FORMAT2_IDAW.mask() | OrbFlag.IDAW_2K.mask();
            default:
                return 0;
        }
    }

    /**
     * Number of IDAWs a CCW with this data address and count needs: ⌈((first mod block) + count) / block⌉,
     * with count 0 treated as 1 as vfio-ccw does (spec §5.3, §6.1 step 4).
     */
    public int idawCount(long firstAddress, int count) {
        // block sizes are powers of two: mask and shift instead of two 64-bit divisions (a START translates every CCW)
        long bytes = (firstAddress & (blockSize - 1)) + Math.max(count, 1);
        return (int) ((bytes + blockSize - 1) >>> Integer.numberOfTrailingZeros(blockSize));
    }
}
