package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.Optional;

/**
 * Channel-report word, 4 bytes (spec §5.7): S, R, C, RSC, A, ERC and the 16-bit reporting-source id. Bits 0 and 9
 * are zero.
 *
 * @param solicited  S, bit 1
 * @param overflow   R, bit 2 (reports were lost)
 * @param chained    C, bit 3 (another CRW of the same report follows)
 * @param rsc        reporting-source code, bits 4-7
 * @param ancillary  A, bit 8
 * @param erc        error-recovery code, bits 10-15
 * @param rsid       reporting-source id, bits 16-31 (the CHPID in the low byte for channel-path reports)
 */
public record Crw(boolean solicited, boolean overflow, boolean chained, int rsc, boolean ancillary, int erc,
        int rsid) {

    public static final int SIZE = 4;

    private static final String STRUCTURE = "Crw";

    public Crw {
        Fields.unsigned("rsc", rsc, 4);
        Fields.unsigned("erc", erc, 6);
        Fields.unsigned("rsid", rsid, 16);
    }

    /** Host path gone (CHP_OFFLINE): RSC channel path, ERC permanent error not initialized → 0x040600xx (spec §3.5). */
    public static Crw channelPathLost(int chpid) {
        return new Crw(false, false, false, CrwSource.CHANNEL_PATH.code(), false,
                CrwRecoveryCode.PERMANENT_ERROR_NOT_INITIALIZED.code(), Fields.unsigned("chpid", chpid, 8));
    }

    /** Host path available (CHP_ONLINE): RSC channel path, ERC initialized → 0x040200xx (spec §3.5). */
    public static Crw channelPathAvailable(int chpid) {
        return new Crw(false, false, false, CrwSource.CHANNEL_PATH.code(), false,
                CrwRecoveryCode.INITIALIZED.code(), Fields.unsigned("chpid", chpid, 8));
    }

    public static Crw fromWord(int word) {
        return decode(StructWriter.bigEndian(SIZE).u32(0, word & 0xFFFF_FFFFL).toBytes());
    }

    public static Crw decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        int b0 = r.u8("flags", 0);
        int b1 = r.u8("erc", 1);
        if ((b0 & 0x80) != 0) {
            throw r.error("reserved(bit 0)", 0, "must be zero");
        }
        if ((b1 & 0x40) != 0) {
            throw r.error("reserved(bit 9)", 1, "must be zero");
        }
        return new Crw((b0 & 0x40) != 0, (b0 & 0x20) != 0, (b0 & 0x10) != 0, b0 & 0x0F, (b1 & 0x80) != 0, b1 & 0x3F,
                r.u16("rsid", 2));
    }

    public int word() {
        return (solicited ? 0x4000_0000 : 0) | (overflow ? 0x2000_0000 : 0) | (chained ? 0x1000_0000 : 0)
                | (rsc << 24) | (ancillary ? 0x0080_0000 : 0) | (erc << 16) | rsid;
    }

    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).u32(0, word() & 0xFFFF_FFFFL).toBytes();
    }

    public Optional<CrwSource> source() {
        return CrwSource.of(rsc);
    }

    public Optional<CrwRecoveryCode> recoveryCode() {
        return CrwRecoveryCode.of(erc);
    }

    /** The RSC's name, or {@code unknown (0xN)}. */
    public String sourceName() {
        return source().map(CrwSource::label).orElse(String.format("unknown (0x%x)", rsc));
    }

    /** The ERC's name, or {@code unknown (N)}. */
    public String recoveryName() {
        return recoveryCode().map(CrwRecoveryCode::label).orElse("unknown (" + erc + ")");
    }

    public String describe() {
        StringBuilder s = new StringBuilder(String.format("CRW %08x: %s, %s, RSID %04x", word(), sourceName(),
                recoveryName(), rsid));
        if (rsc == CrwSource.CHANNEL_PATH.code()) {
            s.append(String.format(" (CHPID %02x)", rsid & 0xFF));
        }
        if (solicited) {
            s.append(", solicited");
        }
        if (overflow) {
            s.append(", overflow (reports lost)");
        }
        if (chained) {
            s.append(", chained");
        }
        if (ancillary) {
            s.append(", ancillary");
        }
        return s.toString();
    }
}
