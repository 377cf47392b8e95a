package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.Idal;
import dev.ccwconsole.abi.channel.IdawFormat;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.OrbFlag;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a REST channel program out in a DMA window (spec §2.7): the CCW array at the doubleword-aligned window
 * start with 2 KiB readable after it and after every TIC target (vfio-ccw copies 2 KiB per segment start), the
 * data areas from the next 4 KiB boundary, doubleword aligned, then one IDAL per IDA CCW. Format-1 addresses
 * must stay below 2 GiB, format-0 ones below 16 MiB.
 */
public final class ProgramLayout {

    static final long FORMAT1_LIMIT = 1L << 31;
    static final long FORMAT0_LIMIT = 1L << 24;
    static final int SEGMENT_READ = 2048;

    private ProgramLayout() {
    }

    /** Lays out with the ORB's IDAW format when it sets H, else with format-2 4K IDAWs. */
    public static LaidOutProgram layout(List<ProgramCcw> program, Orb orb, MemoryWindow window) {
        IdawFormat idaw = orb.has(OrbFlag.FORMAT2_IDAW) ? orb.idawFormat() : IdawFormat.FORMAT2_4K;
        return layout(program, orb, window, idaw);
    }

    /** Lays out with IDALs in {@code idawFormat}; the returned ORB selects it when any CCW has IDA. */
    public static LaidOutProgram layout(List<ProgramCcw> program, Orb orb, MemoryWindow window, IdawFormat idawFormat) {
        boolean format1 = orb.format1();
        validate(program, format1);
        long limit = format1 ? FORMAT1_LIMIT : FORMAT0_LIMIT;
        if (window.baseIova() < 0 || window.size() <= 0 || window.end() > limit) {
            throw new InvalidProgramException(InvalidProgramException.PROGRAM, "window", String.format(
                    "window 0x%x+0x%x must lie below %s for format-%d CCWs", window.baseIova(), window.size(),
                    format1 ? "2 GiB" : "16 MiB", format1 ? 1 : 0));
        }
        int n = program.size();
        long cpa = alignUp(window.baseIova(), 8);
        List<Long> ccwIovas = new ArrayList<>(n);
        long needed = cpa + SEGMENT_READ;
        for (int i = 0; i < n; i++) {
            ccwIovas.add(cpa + 8L * i);
            if (program.get(i).payload() instanceof ProgramCcw.Tic tic) {
                needed = Math.max(needed, cpa + 8L * tic.target() + SEGMENT_READ);
            }
        }
        long cursor = alignUp(cpa + 8L * n, GuestMemoryReader.PAGE_SIZE);
        long[] dataAddress = new long[n];
        List<MemoryWrite> writes = new ArrayList<>();
        List<ReadBack> reads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProgramCcw c = program.get(i);
            if (c.payload() instanceof ProgramCcw.Tic tic) {
                dataAddress[i] = ccwIovas.get(tic.target());
                continue;
            }
            cursor = alignUp(cursor, 8);
            dataAddress[i] = cursor;
            if (c.payload() instanceof ProgramCcw.Output out && out.data().length > 0) {
                writes.add(new MemoryWrite(cursor, out.data()));
            } else if (c.payload() instanceof ProgramCcw.Read) {
                reads.add(new ReadBack(i, cursor, c.count()));
            }
            cursor += c.count();
        }
        boolean anyIda = false;
        for (int i = 0; i < n; i++) {
            ProgramCcw c = program.get(i);
            if (!(c.payload() instanceof ProgramCcw.Tic) && (c.flags() & CcwFlag.IDA.mask()) != 0) {
                anyIda = true;
                cursor = alignUp(cursor, 8);
                Idal idal = Idal.covering(idawFormat, dataAddress[i], c.count());
                writes.add(new MemoryWrite(cursor, idal.encode()));
                dataAddress[i] = cursor;
                cursor += idal.byteSize();
            }
        }
        needed = Math.max(needed, cursor);
        if (needed > window.end()) {
            throw new InvalidProgramException(InvalidProgramException.PROGRAM, "window", String.format(
                    "window too small: the program needs 0x%x bytes from 0x%x, the window has 0x%x",
                    needed - window.baseIova(), window.baseIova(), window.size()));
        }
        writes.add(0, new MemoryWrite(cpa, ccwArray(program, dataAddress, format1)));
        Orb laidOut = orb.withChannelProgramAddress((int) cpa);
        if (anyIda) {
            int hk = OrbFlag.FORMAT2_IDAW.mask() | OrbFlag.IDAW_2K.mask();
            laidOut = new Orb(laidOut.intparm(), laidOut.key(), (laidOut.flags() & ~hk) | idawFormat.orbFlags(),
                    laidOut.lpm(), laidOut.channelProgramAddress(), laidOut.extension());
        }
        return new LaidOutProgram(laidOut, writes, reads, ccwIovas, new IovaRange(window.baseIova(),
                needed - window.baseIova()));
    }

    private static byte[] ccwArray(List<ProgramCcw> program, long[] dataAddress, boolean format1) {
        byte[] bytes = new byte[Ccw.SIZE * program.size()];
        for (int i = 0; i < program.size(); i++) {
            ProgramCcw c = program.get(i);
            Ccw ccw = new Ccw(c.command(), c.flags(), c.count(), dataAddress[i]);
            System.arraycopy(format1 ? ccw.encodeFormat1() : ccw.encodeFormat0(), 0, bytes, Ccw.SIZE * i, Ccw.SIZE);
        }
        return bytes;
    }

    private static void validate(List<ProgramCcw> program, boolean format1) {
        if (program.isEmpty()) {
            throw new InvalidProgramException(InvalidProgramException.PROGRAM, "program", "needs at least one CCW");
        }
        for (int i = 0; i < program.size(); i++) {
            ProgramCcw c = program.get(i);
            check(i, "payload", c.payload() != null, "needs data, read or a tic target");
            check(i, "cmd", c.command() >= 0 && c.command() <= 0xFF, "command code must be 00..ff");
            check(i, "flags", c.flags() >= 0 && c.flags() <= 0xFF, "flags must fit one byte");
            check(i, "count", c.count() >= 0 && c.count() <= 0xFFFF, "count must be 0..65535, got " + c.count());
            boolean ticCommand = format1 ? c.command() == Ccw.TIC : (c.command() & 0x0F) == Ccw.TIC;
            if (c.payload() instanceof ProgramCcw.Tic tic) {
                check(i, "tic", tic.target() >= 0 && tic.target() < program.size(),
                        "target " + tic.target() + " is not a CCW index of this " + program.size() + "-CCW program");
                if (!ticCommand) {
                    throw new InvalidProgramException(i, "cmd", "a TIC needs command 08, got " + Hex.u8(c.command()));
                }
            } else {
                if (ticCommand) {
                    throw new InvalidProgramException(i, "cmd",
                            "command " + Hex.u8(c.command()) + " is a TIC: give a tic target");
                }
                if (c.payload() instanceof ProgramCcw.Output out) {
                    check(i, "data", out.data().length == c.count(),
                            "count " + c.count() + " but " + out.data().length + " data bytes");
                } else if (c.payload() instanceof ProgramCcw.None) {
                    check(i, "count", c.count() == 0, "count " + c.count() + " needs data or read");
                }
            }
        }
    }

    private static void check(int index, String field, boolean ok, String reason) {
        if (!ok) {
            throw new InvalidProgramException(index, field, reason);
        }
    }

    private static long alignUp(long value, int alignment) {
        return (value + alignment - 1) & -(long) alignment;
    }
}
