package dev.ccwconsole.abi.region;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.StructReader;
import java.util.Arrays;

/**
 * {@code struct ccw_schib_region} (52 bytes): the host's SCHIB in architecture format (PMCW 28 + SCSW 12 +
 * MBA 8 + model-dependent 4), refreshed by a STORE SUBCHANNEL on every read (spec §3.4, E-29). Kept raw:
 * the channel-I/O codecs decode the SCHIB.
 */
public record SchibRegion(byte[] schibArea) {

    public static final int SIZE = 52;
    private static final String STRUCT = "ccw_schib_region";

    public SchibRegion {
        if (schibArea == null || schibArea.length != SIZE) {
            throw new IllegalArgumentException("schib_area must be " + SIZE + " bytes");
        }
        schibArea = schibArea.clone();
    }

    public static SchibRegion decode(byte[] bytes) {
        return new SchibRegion(StructReader.bigEndian(STRUCT, bytes).requireExactly(SIZE).bytes("schib_area", 0, SIZE));
    }

    public byte[] encode() {
        return schibArea.clone();
    }

    @Override
    public byte[] schibArea() {
        return schibArea.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchibRegion other && Arrays.equals(schibArea, other.schibArea);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(schibArea);
    }

    @Override
    public String toString() {
        return "SchibRegion[" + Hex.of(schibArea) + "]";
    }

    public String describe() {
        return "SCHIB region: pmcw " + Hex.of(schibArea, 0, 28) + ", scsw " + Hex.of(schibArea, 28, 12) + ", mba "
                + Hex.of(schibArea, 40, 8) + ", model " + Hex.of(schibArea, 48, 4);
    }
}
