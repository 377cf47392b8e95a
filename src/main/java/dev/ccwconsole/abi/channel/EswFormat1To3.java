package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;

/**
 * ESW formats 1-3 (SCSW L = 0, spec §5.5): byte 0 zero, byte 1 LPUM, bytes 2-3 the device-connect-time interval
 * (format 2; zero in formats 1 and 3), word 1 ERW, words 2-4 zero. The format number itself is not stored.
 */
public record EswFormat1To3(int lpum, int deviceConnectTime, Erw erw) implements Esw {

    private static final String STRUCTURE = "EswFormat1";

    public EswFormat1To3 {
        Fields.unsigned("lpum", lpum, 8);
        Fields.unsigned("deviceConnectTime", deviceConnectTime, 16);
        java.util.Objects.requireNonNull(erw, "erw");
    }

    /** What QEMU's emulated devices report: format 1, the given LPUM, empty ERW. */
    public static EswFormat1To3 ofLpum(int lpum) {
        return new EswFormat1To3(lpum, 0, Erw.NONE);
    }

    public static EswFormat1To3 decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        r.requireZero("reserved(byte 0)", 0, r.u8("reserved", 0));
        for (int offset = 8; offset < SIZE; offset += 4) {
            r.requireZero("reserved(word " + offset / 4 + ")", offset, r.u32("reserved", offset));
        }
        return new EswFormat1To3(r.u8("lpum", 1), r.u16("deviceConnectTime", 2), Esw.readErw(r));
    }

    @Override
    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).u8(1, lpum).u16(2, deviceConnectTime).u32(4, erw.word() & 0xFFFF_FFFFL)
                .toBytes();
    }

    @Override
    public boolean isFormat0() {
        return false;
    }

    @Override
    public String describe() {
        return String.format("ESW format 1-3: LPUM %02x device-connect time %d; %s", lpum, deviceConnectTime,
                erw.describe());
    }
}
