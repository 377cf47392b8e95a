package dev.ccwconsole.service;

import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.Idal;
import dev.ccwconsole.abi.channel.IdawFormat;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.device.GuestMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link CompiledProgram} out in an area of the device's DMA window (spec §2.7): the CCWs first (with at
 * least the 2 KiB the kernel copies after a segment start mapped behind them), then each CCW's data area, and an
 * IDAL behind every data area whose CCW has IDA set, in the IDAW format the ORB selects (spec §5.3). Read areas are
 * zeroed so stale bytes never look like data.
 */
final class ProgramLayout {

    /** The kernel reads 2048 bytes from every segment start (spec §2.7). */
    static final int SEGMENT_WINDOW = 2048;

    /** A read CCW's buffer, to copy back after the final interrupt. */
    record ReadArea(int ccwIndex, long iova, int length) {
    }

    /** Where the program went: the ORB with its channel-program address, and the read areas. */
    record Placed(Orb orb, List<ReadArea> reads, long bytesUsed) {
    }

    private ProgramLayout() {
    }

    static Placed place(CompiledProgram program, GuestMemory memory, long base, long limit) {
        List<CompiledProgram.Entry> entries = program.entries();
        IdawFormat idaw = program.orb().idawFormat();
        boolean format1 = program.orb().format1();
        long ccwBytes = (long) entries.size() * Ccw.SIZE;
        long next = align(base + Math.max(ccwBytes, SEGMENT_WINDOW), 8);
        long[] dataAddress = new long[entries.size()];
        long[] idalAddress = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            CompiledProgram.Entry e = entries.get(i);
            if (e.isTic()) {
                continue;
            }
            dataAddress[i] = next;
            next = align(next + e.areaSize(), 8);
            if ((e.flags() & CcwFlag.IDA.mask()) != 0) {
                idalAddress[i] = next;
                next = align(next + Idal.covering(idaw, dataAddress[i], e.count()).byteSize(), 8);
            }
        }
        if (next > limit) {
            throw InvalidRequestException.field("program", "the program needs " + (next - base)
                    + " bytes of channel memory; the area for one program holds " + (limit - base));
        }
        List<ReadArea> reads = new ArrayList<>();
        byte[] ccwArea = new byte[(int) ccwBytes];
        for (int i = 0; i < entries.size(); i++) {
            CompiledProgram.Entry e = entries.get(i);
            Ccw ccw;
            if (e.isTic()) {
                ccw = Ccw.tic(base + (long) e.ticTarget() * Ccw.SIZE);
            } else {
                long cda = dataAddress[i];
                if ((e.flags() & CcwFlag.IDA.mask()) != 0) {
                    memory.write(idalAddress[i], Idal.covering(idaw, dataAddress[i], e.count()).encode());
                    cda = idalAddress[i];
                }
                memory.write(dataAddress[i], e.read() ? new byte[e.count()] : e.data());
                if (e.read()) {
                    reads.add(new ReadArea(i, dataAddress[i], e.count()));
                }
                ccw = new Ccw(e.command(), e.flags(), e.count(), cda);
            }
            System.arraycopy(format1 ? ccw.encodeFormat1() : ccw.encodeFormat0(), 0, ccwArea, i * Ccw.SIZE, Ccw.SIZE);
        }
        memory.write(base, ccwArea);
        return new Placed(program.orb().withChannelProgramAddress((int) base), reads, next - base);
    }

    private static long align(long value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
