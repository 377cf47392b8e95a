package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;

/**
 * Extended-status word, 20 bytes (spec §5.5). Which layout applies is not in the ESW itself: the SCSW L bit
 * says format 0 ({@link EswFormat0}); otherwise formats 1-3 ({@link EswFormat1To3}).
 */
public sealed interface Esw permits EswFormat0, EswFormat1To3 {

    int SIZE = 20;

    /** Decodes an ESW; {@code format0} is the SCSW L bit. */
    static Esw decode(byte[] bytes, boolean format0) {
        return format0 ? EswFormat0.decode(bytes) : EswFormat1To3.decode(bytes);
    }

    byte[] encode();

    Erw erw();

    int lpum();

    /** True for the format-0 layout (SCSW L = 1). */
    boolean isFormat0();

    String describe();

    /** Reads the ERW at byte 4, rejecting reserved bit 0 (bits 16-31 are kept: see {@link Erw}). */
    static Erw readErw(StructReader r) {
        int word = r.s32("erw", 4);
        if ((word & 0x8000_0000) != 0) {
            throw r.error("erw.reserved(bit 0)", 4, "must be zero");
        }
        return Erw.fromWord(word);
    }
}
