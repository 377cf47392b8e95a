package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlags;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Path-management-control word, the first 28 bytes of the SCHIB (spec §5.6).
 *
 * @param flags           {@link PmcwFlag} bits of word 1 bits 0-15
 * @param isc             interruption subclass (bits 2-4)
 * @param limitMode       LM (bits 9-10)
 * @param measurementMode MM (bits 11-12)
 * @param chpids          the eight CHPIDs; slot n belongs to path-mask bit {@code 0x80 >>> n}
 * @param subchannelType  ST, word 6 bits 8-10 (0 = I/O)
 * @param controlFlags    {@link PmcwControlFlag} bits of word 6
 */
public record Pmcw(int intparm, int flags, int isc, int limitMode, int measurementMode, int devno, int lpm, int pnom,
        int lpum, int pim, int mbi, int pom, int pam, List<Integer> chpids, int subchannelType, int controlFlags) {

    public static final int SIZE = 28;

    static final int FLAG_MASK = 0xC087;
    static final int WORD1_ZERO_MASK = 0x0700;
    static final int WORD6_ZERO_MASK = 0xFF1F_FFF8;
    static final int CONTROL_MASK = 0x7;

    private static final String STRUCTURE = "Pmcw";

    public Pmcw {
        Fields.within("flags", flags, FLAG_MASK);
        Fields.unsigned("isc", isc, 3);
        Fields.unsigned("limitMode", limitMode, 2);
        Fields.unsigned("measurementMode", measurementMode, 2);
        Fields.unsigned("devno", devno, 16);
        for (int mask : new int[] {lpm, pnom, lpum, pim, pom, pam}) {
            Fields.unsigned("path mask", mask, 8);
        }
        Fields.unsigned("mbi", mbi, 16);
        chpids = List.copyOf(chpids);
        if (chpids.size() != PathMask.SLOTS) {
            throw new IllegalArgumentException("a PMCW has 8 CHPIDs, got " + chpids.size());
        }
        chpids.forEach(c -> Fields.unsigned("chpid", c, 8));
        Fields.unsigned("subchannelType", subchannelType, 3);
        Fields.within("controlFlags", controlFlags, CONTROL_MASK);
    }

    public static Pmcw decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        int hi = r.u16("flags", 4);
        if ((hi & WORD1_ZERO_MASK) != 0) {
            throw r.error("reserved(word1 bits 5-7)", 4, "must be zero, found 0x" + Integer.toHexString(hi & WORD1_ZERO_MASK));
        }
        int word6 = r.s32("word6", 24);
        if ((word6 & WORD6_ZERO_MASK) != 0) {
            throw r.error("reserved(word6)", 24, "bits outside ST, MBFC, XMWME and S must be zero, found 0x"
                    + Integer.toHexString(word6 & WORD6_ZERO_MASK));
        }
        List<Integer> chpids = new ArrayList<>(PathMask.SLOTS);
        for (int slot = 0; slot < PathMask.SLOTS; slot++) {
            chpids.add(r.u8("chpid[" + slot + "]", 16 + slot));
        }
        return new Pmcw(r.s32("intparm", 0), hi & FLAG_MASK, (hi >>> 11) & 0x7, (hi >>> 5) & 0x3, (hi >>> 3) & 0x3,
                r.u16("devno", 6), r.u8("lpm", 8), r.u8("pnom", 9), r.u8("lpum", 10), r.u8("pim", 11),
                r.u16("mbi", 12), r.u8("pom", 14), r.u8("pam", 15), chpids, (word6 >>> 21) & 0x7,
                word6 & CONTROL_MASK);
    }

    public byte[] encode() {
        StructWriter w = StructWriter.bigEndian(SIZE).u32(0, intparm & 0xFFFF_FFFFL)
                .u16(4, flags | (isc << 11) | (limitMode << 5) | (measurementMode << 3)).u16(6, devno)
                .u8(8, lpm).u8(9, pnom).u8(10, lpum).u8(11, pim).u16(12, mbi).u8(14, pom).u8(15, pam)
                .u32(24, (subchannelType << 21) | controlFlags);
        for (int slot = 0; slot < PathMask.SLOTS; slot++) {
            w.u8(16 + slot, chpids.get(slot));
        }
        return w.toBytes();
    }

    /** QEMU's initial PMCW for a vfio-ccw device: V, device number, PIM/PAM/POM and CHPIDs (spec §5.6). */
    public static Pmcw initial(int devno, int pim, int pam, int pom, List<Integer> chpids) {
        return new Pmcw(0, PmcwFlag.V.mask(), 0, 0, 0, devno, 0, 0, 0, pim, 0, pom, pam, chpids, 0, 0);
    }

    public boolean has(PmcwFlag flag) {
        return (flags & flag.mask()) != 0;
    }

    public boolean has(PmcwControlFlag flag) {
        return (controlFlags & flag.mask()) != 0;
    }

    public Set<PmcwFlag> flagSet() {
        return BitFlags.of(PmcwFlag.class, flags);
    }

    public Set<PmcwControlFlag> controlFlagSet() {
        return BitFlags.of(PmcwControlFlag.class, controlFlags);
    }

    /** The CHPIDs of the slots set in {@code mask} (e.g. {@code chpidsIn(pam())}). */
    public List<Integer> chpidsIn(int mask) {
        return PathMask.slots(mask).stream().map(chpids::get).toList();
    }

    /** The slot holding {@code chpid} among the installed paths (PIM), or -1. */
    public int slotOf(int chpid) {
        for (int slot : PathMask.slots(pim)) {
            if (chpids.get(slot) == chpid) {
                return slot;
            }
        }
        return -1;
    }

    public PmcwBuilder toBuilder() {
        return new PmcwBuilder(this);
    }

    public static PmcwBuilder builder() {
        return new PmcwBuilder(new Pmcw(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(0, 0, 0, 0, 0, 0, 0, 0), 0, 0));
    }

    public Pmcw withPathMasks(int newLpm, int newPam, int newPom) {
        return toBuilder().lpm(newLpm).pam(newPam).pom(newPom).build();
    }

    public Pmcw withFlag(PmcwFlag flag, boolean set) {
        return toBuilder().flag(flag, set).build();
    }

    public String describe() {
        StringBuilder ids = new StringBuilder();
        chpids.forEach(c -> ids.append(PathMask.format(c)));
        return String.format("PMCW intparm 0x%08x flags %s ISC %d LM %d MM %d devno %04x LPM %s PNOM %s LPUM %s "
                        + "PIM %s MBI %d POM %s PAM %s CHPIDs %s ST %d %s",
                intparm, BitFlags.names(flagSet(), "+"), isc, limitMode, measurementMode, devno, PathMask.format(lpm),
                PathMask.format(pnom), PathMask.format(lpum), PathMask.format(pim), mbi, PathMask.format(pom),
                PathMask.format(pam), ids.substring(0, 8) + " " + ids.substring(8), subchannelType,
                BitFlags.names(controlFlagSet(), "+"));
    }
}
