package dev.ccwconsole.emulator;

import static dev.ccwconsole.emulator.EmulatorBench.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.fsm.State;
import org.junit.jupiter.api.Test;

/**
 * Spec §9.3 byte for byte: the Sense ID channel program written to guest memory, the ORB and SCSW written to the
 * I/O region, the IRB and the data read back (E-41, E-44, E-45, E-51, E-52).
 */
class SenseIdWorkedExampleTest {

    @Test
    void senseIdThroughTheIoRegion() throws Exception {
        try (EmulatorBench bench = new EmulatorBench(EmulatorOptions.defaults()).open()) {
            bench.device.dma().write(0x100000, Hex.parse("E4200100 00101000"));
            byte[] region = new byte[124];
            System.arraycopy(Hex.parse("CAFEF00D 00C0FF00 00100000"), 0, region, 0, 12);
            System.arraycopy(Hex.parse("00004400 00000000 00000000"), 0, region, 12, 12);

            assertEquals(124, bench.writeIo(region));
            assertEquals(1, bench.awaitIo());

            byte[] io = bench.readIo();
            assertEquals("00c0400700100008" + "0c0000ec", hex(io, 24, 36), "SCSW");
            assertEquals("00800000" + "00".repeat(16), hex(io, 36, 56), "ESW format 1, LPUM of path slot 0");
            assertEquals("00".repeat(32), hex(io, 56, 88), "ECW");
            assertEquals("00".repeat(32), hex(io, 88, 120), "irb_area[64..95] never written");
            assertEquals(hex(region, 0, 24), hex(io, 0, 24), "ORB and SCSW as written");
            assertEquals("00000000", hex(io, 120, 124), "ret_code");
            assertEquals("ff3990e933900c0040fa0100412700044" + "23e0060",
                    Hex.of(bench.device.dma().read(0x101000, 20)));
            assertEquals(State.IDLE, bench.host.fsm("0.0.0100").orElseThrow().state());
        }
    }
}
