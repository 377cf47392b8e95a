package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;

/**
 * Format-0 ESW (SCSW L = 1, spec §5.5): subchannel logout, ERW, failing-storage address (words 2-3) and
 * secondary CCW address (word 4).
 *
 * @param failingStorageAddressWords words 2-3 as stored; {@link #failingStorageAddress()} interprets them
 */
public record EswFormat0(SubchannelLogout sublog, Erw erw, long failingStorageAddressWords, int secondaryCcwAddress)
        implements Esw {

    private static final String STRUCTURE = "EswFormat0";

    public EswFormat0 {
        java.util.Objects.requireNonNull(sublog, "sublog");
        java.util.Objects.requireNonNull(erw, "erw");
    }

    public static EswFormat0 decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        int sublog = r.s32("sublog", 0);
        if ((sublog & SubchannelLogout.RESERVED_MASK) != 0) {
            throw r.error("sublog.reserved(bit 0)", 0, "must be zero");
        }
        return new EswFormat0(SubchannelLogout.fromWord(sublog), Esw.readErw(r),
                r.s64("failingStorageAddress", 8), r.s32("secondaryCcwAddress", 16));
    }

    @Override
    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).u32(0, sublog.word() & 0xFFFF_FFFFL).u32(4, erw.word() & 0xFFFF_FFFFL)
                .u64(8, failingStorageAddressWords).u32(16, secondaryCcwAddress & 0xFFFF_FFFFL).toBytes();
    }

    /** 64-bit when ERW R is set, otherwise the 31-bit address in word 2 (spec §5.5). */
    public long failingStorageAddress() {
        return erw.has(ErwFlag.R) ? failingStorageAddressWords : (failingStorageAddressWords >>> 32) & 0x7FFF_FFFFL;
    }

    @Override
    public int lpum() {
        return sublog.lpum();
    }

    @Override
    public boolean isFormat0() {
        return true;
    }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("ESW format 0: ").append(sublog.describe()).append("; ")
                .append(erw.describe());
        if (erw.has(ErwFlag.F)) {
            s.append(String.format("; failing storage 0x%x", failingStorageAddress()));
        }
        if (erw.has(ErwFlag.C)) {
            s.append(String.format("; secondary CCW 0x%08x", secondaryCcwAddress));
        }
        return s.toString();
    }
}
