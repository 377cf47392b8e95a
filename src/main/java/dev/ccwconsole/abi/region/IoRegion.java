package dev.ccwconsole.abi.region;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.Arrays;

/**
 * {@code struct ccw_io_region} (124 bytes, packed, big-endian per spec §3.7): {@code orb_area[12]} @0,
 * {@code scsw_area[12]} @12, {@code irb_area[96]} @24, {@code ret_code} s32 @120 (spec §3.2). The areas stay
 * raw bytes here: the channel-I/O codecs decode ORB, SCSW and IRB.
 */
public record IoRegion(byte[] orbArea, byte[] scswArea, byte[] irbArea, int retCode) {

    public static final int SIZE = 124;
    public static final int ORB_AREA_SIZE = 12;
    public static final int SCSW_AREA_SIZE = 12;
    public static final int IRB_AREA_SIZE = 96;
    public static final int ORB_OFFSET = 0;
    public static final int SCSW_OFFSET = 12;
    public static final int IRB_OFFSET = 24;
    public static final int RET_CODE_OFFSET = 120;
    /** The driver copies only the kernel's 64-byte {@code struct irb}; bytes 64–95 of the area keep what userspace wrote (spec §3.2, E-26). */
    public static final int IRB_DRIVER_WRITTEN = 64;
    private static final String STRUCT = "ccw_io_region";

    public IoRegion {
        orbArea = copy("orb_area", orbArea, ORB_AREA_SIZE);
        scswArea = copy("scsw_area", scswArea, SCSW_AREA_SIZE);
        irbArea = copy("irb_area", irbArea, IRB_AREA_SIZE);
    }

    /** An all-zero region, as QEMU starts each write (spec §3.2). */
    public static IoRegion zeroed() {
        return new IoRegion(new byte[ORB_AREA_SIZE], new byte[SCSW_AREA_SIZE], new byte[IRB_AREA_SIZE], 0);
    }

    /** What QEMU writes for START: ORB and SCSW, zero IRB and ret_code (spec §3.2). */
    public static IoRegion startRequest(byte[] orb, byte[] scsw) {
        return zeroed().withOrb(orb).withScsw(scsw);
    }

    public static IoRegion decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCT, bytes).requireExactly(SIZE);
        return new IoRegion(r.bytes("orb_area", ORB_OFFSET, ORB_AREA_SIZE), r.bytes("scsw_area", SCSW_OFFSET, SCSW_AREA_SIZE),
                r.bytes("irb_area", IRB_OFFSET, IRB_AREA_SIZE), r.s32("ret_code", RET_CODE_OFFSET));
    }

    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).bytes(ORB_OFFSET, orbArea).bytes(SCSW_OFFSET, scswArea)
                .bytes(IRB_OFFSET, irbArea).u32(RET_CODE_OFFSET, retCode).toBytes();
    }

    @Override
    public byte[] orbArea() {
        return orbArea.clone();
    }

    @Override
    public byte[] scswArea() {
        return scswArea.clone();
    }

    @Override
    public byte[] irbArea() {
        return irbArea.clone();
    }

    public IoRegion withOrb(byte[] orb) {
        return new IoRegion(orb, scswArea, irbArea, retCode);
    }

    public IoRegion withScsw(byte[] scsw) {
        return new IoRegion(orbArea, scsw, irbArea, retCode);
    }

    public IoRegion withIrb(byte[] irb) {
        return new IoRegion(orbArea, scswArea, irb, retCode);
    }

    public IoRegion withRetCode(int newRetCode) {
        return new IoRegion(orbArea, scswArea, irbArea, newRetCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IoRegion other && retCode == other.retCode && Arrays.equals(orbArea, other.orbArea)
                && Arrays.equals(scswArea, other.scswArea) && Arrays.equals(irbArea, other.irbArea);
    }

    @Override
    public int hashCode() {
        return ((Arrays.hashCode(orbArea) * 31 + Arrays.hashCode(scswArea)) * 31 + Arrays.hashCode(irbArea)) * 31
                + retCode;
    }

    @Override
    public String toString() {
        return "IoRegion[orb=" + Hex.of(orbArea) + ", scsw=" + Hex.of(scswArea) + ", irb=" + Hex.of(irbArea)
                + ", retCode=" + retCode + "]";
    }

    public String describe() {
        return "I/O region: orb " + Hex.of(orbArea) + ", scsw " + Hex.of(scswArea) + ", irb "
                + Hex.of(irbArea, 0, IRB_DRIVER_WRITTEN) + "…, ret_code " + Errno.describeRetCode(retCode);
    }

    private static byte[] copy(String field, byte[] area, int size) {
        if (area == null || area.length != size) {
            throw new IllegalArgumentException(field + " must be " + size + " bytes, got "
                    + (area == null ? "none" : area.length));
        }
        return area.clone();
    }
}
