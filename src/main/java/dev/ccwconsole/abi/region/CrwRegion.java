package dev.ccwconsole.abi.region;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;

/**
 * {@code struct ccw_crw_region} (8 bytes, big-endian): {@code crw} u32 @0, {@code pad} u32 @4 (spec §3.5).
 * Every read dequeues one CRW; {@code crw == 0} means the queue was empty (E-30). {@code pad} is never
 * written by the driver but kept so a decoded region encodes back to the same bytes.
 */
public record CrwRegion(int crw, int pad) {

    public static final int SIZE = 8;
    private static final String STRUCT = "ccw_crw_region";

    public static CrwRegion of(int crw) {
        return new CrwRegion(crw, 0);
    }

    public static CrwRegion decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCT, bytes).requireExactly(SIZE);
        return new CrwRegion(r.s32("crw", 0), r.s32("pad", 4));
    }

    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).u32(0, crw).u32(4, pad).toBytes();
    }

    /** No CRW was queued: QEMU stops reading here (spec §3.5). */
    public boolean isEmpty() {
        return crw == 0;
    }

    public String describe() {
        return isEmpty() ? "CRW region: empty" : "CRW region: crw " + Hex.u32(crw);
    }
}
