package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;

/**
 * A subchannel's identity: channel-subsystem id, subchannel-set id and subchannel number (spec §5.1).
 *
 * <p>The wire form is the subchannel-identification word of general register 1: CSSID in bits 0-7 (only with
 * M = 1), bits 8-11 zero, M in bit 12, SSID in bits 13-14, bit 15 one, the number in bits 16-31. The text form
 * is the sysfs bus id {@code 0.0.0313}.
 */
public record SubchannelId(int cssid, int ssid, int schno) {

    public static final int SIZE = 4;

    static final int CSSID_MASK = 0xFF00_0000;
    static final int ZERO_MASK = 0x00F0_0000;
    static final int M_BIT = 0x0008_0000;
    static final int SSID_MASK = 0x0006_0000;
    static final int ONE_BIT = 0x0001_0000;

    private static final String STRUCTURE = "SubchannelId";

    public SubchannelId {
        Fields.unsigned("cssid", cssid, 8);
        Fields.unsigned("ssid", ssid, 2);
        Fields.unsigned("schno", schno, 16);
    }

    /**
     * Decodes the register-1 word. M = 1 with CSSID 0 names the same subchannel as M = 0 and decodes to the same
     * value; {@link #register1()} writes M only for a non-zero CSSID.
     */
    public static SubchannelId fromRegister1(int word) {
        return decode(StructWriter.bigEndian(SIZE).u32(0, word & 0xFFFF_FFFFL).toBytes());
    }

    public static SubchannelId decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        int word = r.s32("word", 0);
        if ((word & ZERO_MASK) != 0) {
            throw r.error("reserved(bits 8-11)", 1, "must be zero, found 0x" + Integer.toHexString(word & ZERO_MASK));
        }
        if ((word & ONE_BIT) == 0) {
            throw r.error("one(bit 15)", 1, "must be 1 (operand exception otherwise)");
        }
        int cssid = word >>> 24;
        if ((word & M_BIT) == 0 && cssid != 0) {
            throw r.error("cssid", 0, "must be zero when M (bit 12) is 0, found 0x" + Integer.toHexString(cssid));
        }
        return new SubchannelId(cssid, (word & SSID_MASK) >>> 17, word & 0xFFFF);
    }

    /** The register-1 word of SSCH/HSCH/CSCH/TSCH/STSCH/MSCH (spec §5.1): {@code 0.1.0313} → {@code 0x00030313}. */
    public int register1() {
        int word = (ssid << 17) | ONE_BIT | schno;
        return cssid == 0 ? word : word | M_BIT | (cssid << 24);
    }

    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).u32(0, register1() & 0xFFFF_FFFFL).toBytes();
    }

    /** Parses {@code 0.0.0313}: hex cssid and ssid, exactly four hex digits of subchannel number. */
    public static SubchannelId parse(String busId) {
        int[] parts = BusIdText.parse(STRUCTURE, busId);
        return new SubchannelId(parts[0], parts[1], parts[2]);
    }

    /** The bus id, lower-case hex with a 4-digit number: {@code 0.0.0313}. */
    public String busId() {
        return BusIdText.format(cssid, ssid, schno);
    }

    public String describe() {
        return "subchannel " + busId() + " (register 1 0x" + String.format("%08x", register1()) + ")";
    }

    @Override
    public String toString() {
        return busId();
    }
}
