package dev.ccwconsole.service;

import dev.ccwconsole.cp.InvalidProgramException;
import dev.ccwconsole.cp.LaidOutProgram;
import dev.ccwconsole.cp.MemoryWindow;
import dev.ccwconsole.cp.MemoryWrite;
import dev.ccwconsole.cp.ProgramCcw;
import dev.ccwconsole.cp.ProgramLayout;
import dev.ccwconsole.cp.ReadBack;
import dev.ccwconsole.device.GuestMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a {@link CompiledProgram} into one program area of the device's DMA window: the cp package decides where
 * the CCWs, data areas and IDALs go (spec §2.7, §5.3); this class stores the bytes and zeroes the read areas, so
 * stale bytes never look like data read by the device.
 */
final class ProgramPlacement {

    private ProgramPlacement() {
    }

    static LaidOutProgram place(CompiledProgram program, GuestMemory memory, long base, long size) {
        List<ProgramCcw> ccws = new ArrayList<>(program.entries().size());
        for (CompiledProgram.Entry e : program.entries()) {
            ccws.add(toCcw(e));
        }
        LaidOutProgram laidOut;
        try {
            laidOut = ProgramLayout.layout(ccws, program.orb(), new MemoryWindow(base, size));
        } catch (InvalidProgramException e) {
            throw e.ccwIndex() == InvalidProgramException.PROGRAM
                    ? InvalidRequestException.field(e.field(), e.reason())
                    : InvalidRequestException.ccw(e.ccwIndex(), e.field(), e.reason());
        }
        for (MemoryWrite w : laidOut.writes()) {
            memory.write(w.iova(), w.bytes());
        }
        for (ReadBack r : laidOut.reads()) {
            memory.write(r.iova(), new byte[r.length()]);
        }
        return laidOut;
    }

    private static ProgramCcw toCcw(CompiledProgram.Entry e) {
        if (e.isTic()) {
            return ProgramCcw.tic(e.ticTarget());
        }
        if (e.read()) {
            return ProgramCcw.read(e.command(), e.flags(), e.count());
        }
        if (e.data().length > 0) {
            return ProgramCcw.output(e.command(), e.flags(), e.data());
        }
        return ProgramCcw.noData(e.command(), e.flags());
    }
}
