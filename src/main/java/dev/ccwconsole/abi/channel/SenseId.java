package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Sense ID data (command 0xE4, spec §8.1): byte 0 0xFF, CU type (2) and model, device type (2) and model,
 * reserved byte 7, then 4-byte CIWs. Devices without CIWs may return only the first 7 bytes; the decoder takes
 * the bytes actually transferred (count minus residual), between 7 and 256.
 *
 * @param withReservedByte whether byte 7 is present (always when there are CIWs)
 */
public record SenseId(int cuType, int cuModel, int devType, int devModel, List<Ciw> ciws, boolean withReservedByte) {

    public static final int BASIC_SIZE = 7;
    public static final int MAX_SIZE = 256;

    private static final String STRUCTURE = "SenseId";

    public SenseId {
        Fields.unsigned("cuType", cuType, 16);
        Fields.unsigned("cuModel", cuModel, 8);
        Fields.unsigned("devType", devType, 16);
        Fields.unsigned("devModel", devModel, 8);
        ciws = List.copyOf(ciws);
        if (!ciws.isEmpty() && !withReservedByte) {
            throw new IllegalArgumentException("CIWs follow the reserved byte 7");
        }
        if (8 + Ciw.SIZE * ciws.size() > MAX_SIZE) {
            throw new IllegalArgumentException("at most 62 CIWs fit 256 bytes, got " + ciws.size());
        }
    }

    /** Sense ID with the reserved byte whenever there are CIWs, 7 bytes otherwise. */
    public static SenseId of(int cuType, int cuModel, int devType, int devModel, List<Ciw> ciws) {
        return new SenseId(cuType, cuModel, devType, devModel, ciws, !ciws.isEmpty());
    }

    public static SenseId decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireAtLeast(BASIC_SIZE);
        if (bytes.length > MAX_SIZE) {
            throw r.error("(end)", MAX_SIZE, "oversized: " + bytes.length + " bytes, at most 256");
        }
        if (r.u8("ff", 0) != 0xFF) {
            throw r.error("ff", 0, String.format("byte 0 must be 0xFF, found 0x%02x", r.u8("ff", 0)));
        }
        if (bytes.length > BASIC_SIZE) {
            r.requireZero("reserved", 7, r.u8("reserved", 7));
        }
        int ciwBytes = Math.max(0, bytes.length - 8);
        if (ciwBytes % Ciw.SIZE != 0) {
            int at = bytes.length - ciwBytes % Ciw.SIZE;
            throw r.error("ciw[" + (at - 8) / Ciw.SIZE + "]", at, "truncated CIW: " + ciwBytes % Ciw.SIZE + " of 4 bytes");
        }
        List<Ciw> ciws = new ArrayList<>();
        for (int offset = 8; offset < bytes.length; offset += Ciw.SIZE) {
            String field = "ciw[" + (offset - 8) / Ciw.SIZE + "]";
            int b0 = r.u8(field, offset);
            if (zeroFrom(bytes, offset)) {
                // QEMU's control units answer the whole 256-byte buffer with zeros after the last CIW; Linux's cio
                // reads CIWs by command type and never sees them, so zero padding ends the list
                break;
            }
            if ((b0 & 0xC0) != Ciw.ENTRY_TYPE) {
                throw r.error(field + ".entryType", offset, String.format("must be 01, found byte 0x%02x", b0));
            }
            if ((b0 & 0x30) != 0) {
                throw r.error(field + ".reserved", offset, "bits 2-3 must be zero");
            }
            ciws.add(Ciw.fromWord(r.s32(field, offset)));
        }
        return new SenseId(r.u16("cuType", 1), r.u8("cuModel", 3), r.u16("devType", 4), r.u8("devModel", 6), ciws,
                bytes.length > BASIC_SIZE);
    }

    private static boolean zeroFrom(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    public byte[] encode() {
        StructWriter w = StructWriter.bigEndian(length()).u8(0, 0xFF).u16(1, cuType).u8(3, cuModel).u16(4, devType)
                .u8(6, devModel);
        for (int i = 0; i < ciws.size(); i++) {
            w.u32(8 + Ciw.SIZE * i, ciws.get(i).word() & 0xFFFF_FFFFL);
        }
        return w.toBytes();
    }

    /** Encoded length: 7, or 8 plus 4 per CIW. */
    public int length() {
        return withReservedByte ? 8 + Ciw.SIZE * ciws.size() : BASIC_SIZE;
    }

    /** The CU type/model as sysfs {@code cutype} prints it: {@code 3990/e9}. */
    public String cuTypeText() {
        return String.format("%04x/%02x", cuType, cuModel);
    }

    /** The device type/model as sysfs {@code devtype} prints it, {@code n/a} without a device type. */
    public String devTypeText() {
        return devType == 0 ? "n/a" : String.format("%04x/%02x", devType, devModel);
    }

    /** The Linux ccw modalias, e.g. {@code ccw:t3990mE9dt3390dm0C}. */
    public String modalias() {
        return String.format("ccw:t%04Xm%02Xdt%04Xdm%02X", cuType, cuModel, devType, devModel);
    }

    public String describe() {
        StringBuilder s = new StringBuilder("Sense ID: CU ").append(cuTypeText()).append(", device ")
                .append(devTypeText());
        ciws.forEach(c -> s.append("; ").append(c.describe()));
        return s.toString();
    }
}
