package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.CommandClass;
import dev.ccwconsole.abi.channel.IdawFormat;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.fsm.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cp_init} + {@code cp_prefetch} as the emulated driver applies them at START (spec §6.1): segments of at
 * most 256 CCWs read 2 KiB at a time through the IOMMU, TICs followed to new segments, the IDAW-format rule of
 * the profile, and the data pages pinned unless the CCW moves no data. Errors come back as the kernel's
 * ret_code and everything pinned so far is released.
 */
final class ProgramTranslation {

    private static final int SEGMENT_BYTES = 2048;
    private static final int MAX_CCWS = 256;
    private static final int NOP = 0x03;

    record Result(int retCode, HeldProgram program) {
        static Result failed(int retCode) {
            return new Result(retCode, null);
        }
    }

    private record Segment(long start, List<Ccw> ccws) {
        boolean contains(long address) {
            return address >= start && address <= start + 8L * (ccws.size() - 1) && (address - start) % 8 == 0;
        }
    }

    private ProgramTranslation() {
    }

    static Result translate(Orb orb, EmulatedIommu iommu, Profile profile) {
        List<Segment> segments = new ArrayList<>();
        List<Long> pending = new ArrayList<>(List.of((long) orb.channelProgramAddress()));
        while (!pending.isEmpty()) {
            long start = pending.remove(0);
            if (segments.stream().anyMatch(s -> s.contains(start))) {
                continue;
            }
            byte[] raw = new byte[SEGMENT_BYTES];
            int rc = iommu.kernelRead(start, raw, SEGMENT_BYTES);
            if (rc != 0) {
                return Result.failed(rc);
            }
            List<Ccw> ccws = new ArrayList<>();
            for (int i = 0; i < MAX_CCWS + 1; i++) {
                if (i == MAX_CCWS) {
                    return Result.failed(Errno.EINVAL.retCode()); // a segment longer than 256 CCWs
                }
                Ccw ccw = orb.format1() ? Ccw.decodeFormat1Unchecked(raw, 8 * i)
                        : Ccw.decodeFormat0Unchecked(raw, 8 * i).convertedFromFormat0();
                if (ccw.has(CcwFlag.IDA) && !profile.acceptsAllIdawFormats() && orb.idawFormat() != IdawFormat.FORMAT2_4K) {
                    return Result.failed(Errno.EOPNOTSUPP.retCode()); // before 6.3 (spec §6.1 step 2)
                }
                ccws.add(ccw);
                boolean ticBack = ccw.isTic() && ccw.dataAddress() >= start && ccw.dataAddress() < start + 8L * i;
                if (!ccw.isChained() && !ticBack) {
                    break;
                }
            }
            Segment segment = new Segment(start, ccws);
            segments.add(segment);
            for (Ccw ccw : ccws) {
                if (ccw.isTic() && !segment.contains(ccw.dataAddress())) {
                    pending.add(ccw.dataAddress());
                }
            }
        }
        return pin(orb, segments, iommu);
    }

    private static Result pin(Orb orb, List<Segment> segments, EmulatedIommu iommu) {
        List<HeldProgram.Pin> pins = new ArrayList<>();
        IdawFormat idawFormat = orb.idawFormat();
        for (Segment segment : segments) {
            for (Ccw ccw : segment.ccws()) {
                if (ccw.isTic() || movesNoData(ccw)) {
                    continue;
                }
                int count = Math.max(1, ccw.count());
                List<long[]> ranges = new ArrayList<>();
                if (ccw.has(CcwFlag.IDA)) {
                    int n = idawFormat.idawCount(0, count) + 1;
                    byte[] idal = new byte[n * idawFormat.idawSize()];
                    int rc = iommu.kernelRead(ccw.dataAddress(), idal, idawFormat.idawSize());
                    if (rc != 0) {
                        return unwind(pins, iommu, rc);
                    }
                    long first = idaw(idal, 0, idawFormat);
                    int needed = idawFormat.idawCount(first, count);
                    if (needed > 1 && (rc = iommu.kernelRead(ccw.dataAddress(), idal, needed * idawFormat.idawSize())) != 0) {
                        return unwind(pins, iommu, rc);
                    }
                    int remaining = count;
                    for (int i = 0; i < needed && remaining > 0; i++) {
                        long a = idaw(idal, i, idawFormat);
                        int len = (int) Math.min(remaining, idawFormat.blockSize() - Math.floorMod(a, idawFormat.blockSize()));
                        ranges.add(new long[] {a, len});
                        remaining -= len;
                    }
                } else {
                    ranges.add(new long[] {ccw.dataAddress(), count});
                }
                for (long[] r : ranges) {
                    int rc = iommu.pin(r[0], (int) r[1]);
                    if (rc != 0) {
                        return unwind(pins, iommu, rc);
                    }
                    pins.add(new HeldProgram.Pin(r[0], (int) r[1]));
                }
            }
        }
        return new Result(0, new HeldProgram(iommu, pins));
    }

    /** spec §6.1 step 4: count 0, NOP, or SKIP on an input command moves no data and pins nothing. */
    private static boolean movesNoData(Ccw ccw) {
        CommandClass cls = ccw.commandClass();
        return ccw.count() == 0 || ccw.command() == NOP || (ccw.has(CcwFlag.SKIP) && cls.isInput());
    }

    private static Result unwind(List<HeldProgram.Pin> pins, EmulatedIommu iommu, int rc) {
        new HeldProgram(iommu, pins).free();
        return Result.failed(rc);
    }

    private static long idaw(byte[] idal, int index, IdawFormat format) {
        long v = 0;
        for (int k = 0; k < format.idawSize(); k++) {
            v = (v << 8) | (idal[index * format.idawSize() + k] & 0xFF);
        }
        return v;
    }
}
