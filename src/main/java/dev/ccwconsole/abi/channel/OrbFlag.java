package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlag;

/**
 * The single-bit controls of ORB word 1 (spec §5.2); masks are on the 32-bit word. {@link #jsonName()} is the
 * ORB field name of the REST contract's channel-program body.
 */
public enum OrbFlag implements BitFlag {
    SUSPEND(0x0800_0000, "S", "suspend control", "suspend"),
    STREAMING(0x0400_0000, "STR", "streaming-mode control", "streaming"),
    MODIFICATION(0x0200_0000, "M", "modification control", "modification"),
    SYNCHRONIZATION(0x0100_0000, "Y", "synchronization control", "synchronization"),
    FORMAT1(0x0080_0000, "F", "format-1 CCWs", "format1"),
    PREFETCH(0x0040_0000, "P", "prefetch allowed", "prefetch"),
    INITIAL_STATUS(0x0020_0000, "I", "initial-status-interruption control", "initialStatus"),
    ADDRESS_LIMIT(0x0010_0000, "A", "address-limit-checking control", "addressLimit"),
    SUPPRESS_SUSPENDED(0x0008_0000, "U", "suppress-suspended-interruption control", "suppressSuspended"),
    TRANSPORT_MODE(0x0004_0000, "B", "transport mode (TCW)", "transportMode"),
    FORMAT2_IDAW(0x0002_0000, "H", "format-2 IDAWs (64-bit)", "c64"),
    IDAW_2K(0x0001_0000, "T", "2 KiB format-2 IDAW blocks", "i2k"),
    INCORRECT_LENGTH_SUPPRESSION(0x0000_0080, "L", "incorrect-length-suppression mode", "ils"),
    MIDAW(0x0000_0040, "D", "MIDAW control", "midaw"),
    EXTENSION(0x0000_0001, "X", "ORB extension (words 3-7)", "orbx");

    /** Every flag bit of word 1 (key, LPM and the zero bits 26-30 are not flags). */
    public static final int ALL = 0x0FFF_00C1;

    private final int mask;
    private final String letter;
    private final String label;
    private final String jsonName;

    OrbFlag(int mask, String letter, String label, String jsonName) {
        this.mask = mask;
        this.letter = letter;
        this.label = label;
        this.jsonName = jsonName;
    }

    @Override
    public int mask() {
        return mask;
    }

    @Override
    public String label() {
        return label;
    }

    /** The architecture's one-letter name (F, P, H …). */
    public String letter() {
        return letter;
    }

    public String jsonName() {
        return jsonName;
    }
}
