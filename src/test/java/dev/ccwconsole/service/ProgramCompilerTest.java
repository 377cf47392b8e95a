package dev.ccwconsole.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.Idal;
import dev.ccwconsole.abi.channel.IdawFormat;
import dev.ccwconsole.service.ProgramRequest.CcwRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernel's segment counting (spec §6.1) and the layout of CCWs, data and IDALs in channel memory. */
class ProgramCompilerTest {

    private final ProgramCompiler compiler = new ProgramCompiler(2048, 65535);

    private static CcwRequest nop(boolean chained) {
        return new CcwRequest("03", chained ? List.of("CC") : List.of(), null, null, null, null);
    }

    private static CcwRequest tic(int target) {
        return new CcwRequest(null, null, null, null, null, target);
    }

    @Test
    void segmentsAreCountedLikeVfioCcw() {
        List<CcwRequest> ok = new ArrayList<>();
        for (int i = 0; i < 255; i++) {
            ok.add(nop(true));
        }
        ok.add(nop(false));
        assertDoesNotThrow(() -> compiler.compile(new ProgramRequest(null, ok, null)));

        // 200 chained + TIC to a second segment of 200: each segment is within the limit
        List<CcwRequest> two = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            two.add(nop(true));
        }
        two.add(tic(201));
        for (int i = 0; i < 199; i++) {
            two.add(nop(true));
        }
        two.add(nop(false));
        assertDoesNotThrow(() -> compiler.compile(new ProgramRequest(null, two, null)));

        // a TIC back into its own segment keeps counting (device-orientation loop), so 300 in one segment fail
        List<CcwRequest> loop = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            loop.add(nop(true));
        }
        loop.add(tic(0));
        for (int i = 0; i < 150; i++) {
            loop.add(nop(true));
        }
        loop.add(nop(false));
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> compiler.compile(new ProgramRequest(null, loop, null)));
        assertEquals(0, e.ccwIndex().orElseThrow());
    }

    @Test
    void layoutPutsCcwsDataAndIdalsInTheWindowWithTicAddresses() {
        Map<Long, byte[]> written = new HashMap<>();
        dev.ccwconsole.device.GuestMemory memory = new dev.ccwconsole.device.GuestMemory() {
            public long iova() {
                return 0x100000;
            }

            public long size() {
                return 0x100000;
            }

            public void write(long iova, byte[] data) {
                written.put(iova, data.clone());
            }

            public byte[] read(long iova, int length) {
                return new byte[length];
            }
        };
        CompiledProgram p = compiler.compile(new ProgramRequest(new ProgramRequest.OrbRequest(null, null, null, null,
                null, null, null, true, null), List.of(
                new CcwRequest("02", List.of("IDA", "CC"), 5000, null, true, null),
                new CcwRequest("01", List.of(), null, "c1c2", null, null),
                tic(0)), null));
        dev.ccwconsole.cp.LaidOutProgram placed = ProgramPlacement.place(p, memory, 0x100000, 0x80000);
        assertEquals(0x100000, placed.orb().channelProgramAddress());
        byte[] ccws = written.get(0x100000L);
        Ccw read = Ccw.decodeFormat1(java.util.Arrays.copyOfRange(ccws, 0, 8));
        Ccw tic = Ccw.decodeFormat1(java.util.Arrays.copyOfRange(ccws, 16, 24));
        assertEquals(0x100000, tic.dataAddress());
        long data = placed.reads().get(0).iova();
        assertEquals(0x101000, data, "data on the first page after the CCW array");
        assertArrayEquals(new byte[5000], written.get(data), "the read area is zeroed before START");
        Idal idal = Idal.decode(IdawFormat.FORMAT2_4K, written.get(read.dataAddress()));
        assertEquals(Idal.covering(IdawFormat.FORMAT2_4K, data, 5000), idal);
    }
}
