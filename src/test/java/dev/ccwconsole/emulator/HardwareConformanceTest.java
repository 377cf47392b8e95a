package dev.ccwconsole.emulator;

import static dev.ccwconsole.emulator.EmulatorBench.ccw0;
import static dev.ccwconsole.emulator.EmulatorBench.ccw1;
import static dev.ccwconsole.emulator.EmulatorBench.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.Hex;
import dev.ccwconsole.abi.channel.ActivityControl;
import dev.ccwconsole.abi.channel.Schib;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.device.Fault;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.emulator.css.HaltClearPersonality;
import dev.ccwconsole.fsm.Profile;
import dev.ccwconsole.fsm.State;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Conformance checklist E-47 and E-50..E-53 (spec §9.1: acceptance §6, cc mapping §3.2, execution §9.2, §7.3). */
class HardwareConformanceTest {

    private static final String SENSE_ID_3390_9 = "ff3990e933900c0040fa0100412700044" + "23e0060";
    private static final int SLI = 0x20, CC = 0x40, CD = 0x80, SKIP = 0x10, PCI = 0x08, IDA = 0x04;

    private static EmulatorBench bench(EmulatorOptions options) {
        return new EmulatorBench(options).open();
    }

    /** Runs the program at 0x100000 and returns the first 12 IRB bytes (the SCSW) as hex. */
    private static String run(EmulatorBench bench, int orbWord1) throws Exception {
        assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(1, orbWord1, 0x100000, EmulatorBench.SCSW_FC_START)));
        bench.awaitIo();
        assertEquals(State.IDLE, bench.state());
        return bench.irbHex().substring(0, 24);
    }

    private static String run(EmulatorBench bench) throws Exception {
        return run(bench, EmulatorBench.ORB_F_P_LPM_FF);
    }

    // ---- E-47 acceptance ------------------------------------------------------------------------------------

    @Test
    void e47_channelProgramAcceptanceMainline() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            bench.program(0x100000, ccw1(0xE4, SLI, 256, 0x101000));
            // transport mode (ORB B bit)
            assertEquals(Errno.EOPNOTSUPP.retCode(),
                    bench.writeIo(EmulatorBench.ioRequest(1, 0x00C4FF00, 0x100000, EmulatorBench.SCSW_FC_START)));
            // 256 CCWs in one segment are fine, 257 are not
            byte[][] nops = new byte[257][];
            Arrays.fill(nops, ccw1(0x03, CC, 0, 0));
            nops[255] = ccw1(0x03, 0, 0, 0);
            bench.program(0x110000, nops);
            assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(1, EmulatorBench.ORB_F_P_LPM_FF, 0x110000, EmulatorBench.SCSW_FC_START)));
            bench.awaitIo();
            bench.program(0x110000 + 255 * 8, ccw1(0x03, CC, 0, 0), ccw1(0x03, 0, 0, 0));
            assertEquals(Errno.EINVAL.retCode(), bench.writeIo(EmulatorBench.ioRequest(1, EmulatorBench.ORB_F_P_LPM_FF, 0x110000, EmulatorBench.SCSW_FC_START)));
            // a one-CCW program whose 2 KiB window runs past the mapping
            bench.program(0x1FFFF8, ccw1(0x03, 0, 0, 0));
            assertEquals(Errno.EINVAL.retCode(), bench.writeIo(EmulatorBench.ioRequest(1, EmulatorBench.ORB_F_P_LPM_FF, 0x1FFFF8, EmulatorBench.SCSW_FC_START)));
            // unmapped data
            bench.program(0x100000, ccw1(0xE4, SLI, 256, 0x300000));
            assertEquals(Errno.EINVAL.retCode(), bench.start(0x100000));
            // read-only mapping of the data
            assertEquals(0, bench.driver().iommu().map(0x300000, 0x1000, true, false));
            assertEquals(Errno.EPERM.retCode(), bench.start(0x100000));
            assertEquals(State.IDLE, bench.state());
            // non-prefetch ORB accepted (>= 5.8)
            bench.program(0x100000, ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(1, 0x0080FF00, 0x100000, EmulatorBench.SCSW_FC_START)));
            bench.awaitIo();
            // format-1 IDAWs (ORB H = 0) accepted (>= 6.3) and followed
            bench.program(0x100000, ccw1(0xE4, SLI | IDA, 256, 0x102000));
            bench.device.dma().write(0x102000, Hex.parse("00103000"));
            assertEquals("00c04007001000080c0000ec", run(bench, 0x00C0FF00));
            assertEquals(SENSE_ID_3390_9, Hex.of(bench.device.dma().read(0x103000, 20)));
            // 2K format-2 IDAWs (H = 1, T = 1)
            bench.device.dma().write(0x102000, Hex.parse("00000000 00104000"));
            assertEquals("00c04007001000080c0000ec", run(bench, 0x00C3FF00));
            assertEquals(SENSE_ID_3390_9, Hex.of(bench.device.dma().read(0x104000, 20)));
        }
        // type-1 (v1) container: EACCES on the first data CCW (E-17)
        try (EmulatorBench bench = new EmulatorBench().open(new OpenOptions(OpenOptions.TYPE1_IOMMU, 0x100000, 0x100000))) {
            bench.program(0x100000, ccw1(0x03, CC, 0, 0), ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals(Errno.EACCES.retCode(), bench.start(0x100000));
        }
    }

    @Test
    void e47_channelProgramAcceptanceSeed() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults().withProfile(Profile.SEED_5_2))) {
            bench.program(0x100000, ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals(Errno.EOPNOTSUPP.retCode(),
                    bench.writeIo(EmulatorBench.ioRequest(1, 0x0080FF00, 0x100000, EmulatorBench.SCSW_FC_START)), "prefetch required");
            bench.program(0x100000, ccw1(0xE4, SLI | IDA, 256, 0x102000));
            bench.device.dma().write(0x102000, Hex.parse("00103000"));
            assertEquals(Errno.EOPNOTSUPP.retCode(),
                    bench.writeIo(EmulatorBench.ioRequest(1, 0x00C0FF00, 0x100000, EmulatorBench.SCSW_FC_START)), "format-1 IDAWs");
            bench.device.dma().write(0x102000, Hex.parse("00000000 00104000"));
            assertEquals(Errno.EOPNOTSUPP.retCode(),
                    bench.writeIo(EmulatorBench.ioRequest(1, 0x00C3FF00, 0x100000, EmulatorBench.SCSW_FC_START)), "2K IDAWs");
            // format-2 4K IDAWs are the one accepted IDAL format
            assertEquals("00c04007001000080c0000ec", run(bench, 0x00C2FF00));
            assertEquals(SENSE_ID_3390_9, Hex.of(bench.device.dma().read(0x104000, 20)));
        }
    }

    // ---- E-50 condition codes -------------------------------------------------------------------------------

    @Test
    void e50_sschConditionCodesMapToErrnos() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            bench.program(0x100000, ccw1(0xE4, SLI, 256, 0x101000));
            bench.hardware().injectStatusPending(1);
            assertEquals(Errno.EBUSY.retCode(), bench.start(0x100000), "cc 1");
            assertEquals(State.IDLE, bench.state());
            bench.host.emulatorControls().orElseThrow().injectFault(EmulatorBench.SCHID, new Fault(Fault.Kind.BUSY, null, 1));
            assertEquals(Errno.EBUSY.retCode(), bench.start(0x100000), "cc 2");
            assertEquals(State.IDLE, bench.state());
            assertNull(bench.driver().held);
            assertTrue(!bench.driver().iommu().anyPinned(0x101000, 256), "the failed START unpinned");
            // cc 3 on LPM 0x80 (CHPID 10 configured off) while CHPID 11 remains: EACCES
            bench.host.configureChannelPath(0x10, false);
            assertEquals(Errno.EACCES.retCode(),
                    bench.writeIo(EmulatorBench.ioRequest(1, 0x00C08000, 0x100000, EmulatorBench.SCSW_FC_START)));
            // LPM 0: the host's remaining mask (CHPID 11) is used
            assertEquals("00c04007001000080c0000ec",
                    run(bench, 0x00C00000));
            // no path operational at all: ENODEV
            bench.host.emulatorControls().orElseThrow().injectFault(EmulatorBench.SCHID, new Fault(Fault.Kind.NOT_OPERATIONAL, null, 1));
            assertEquals(Errno.ENODEV.retCode(), bench.start(0x100000));
            assertEquals(State.IDLE, bench.state());
        }
    }

    // ---- E-51 execution per §9.2 ----------------------------------------------------------------------------

    @Test
    void e51_commandChainingRunsEveryCommand() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            bench.program(0x100000, ccw1(0x03, CC, 0, 0), ccw1(0xE4, SLI | CC, 256, 0x101000), ccw1(0x03, 0, 0, 0));
            assertEquals("00c04007" + "00100018" + "0c000000", run(bench));
            assertEquals(SENSE_ID_3390_9, Hex.of(bench.device.dma().read(0x101000, 20)));
        }
    }

    @Test
    void e51_dataChainingSplitsOneCommandsData() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            bench.program(0x100000, ccw1(0xE4, CD, 8, 0x101000), ccw1(0xE4, SLI, 100, 0x101100));
            assertEquals("00c04007" + "00100010" + "0c000058", run(bench));
            assertEquals(SENSE_ID_3390_9.substring(0, 16), Hex.of(bench.device.dma().read(0x101000, 8)));
            assertEquals(SENSE_ID_3390_9.substring(16), Hex.of(bench.device.dma().read(0x101100, 12)));
        }
    }

    @Test
    void e51_incorrectLengthUnlessSliAndItStopsChaining() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            // residual 236, SLI 0: IL with alert, and the chained NOP does not run
            bench.program(0x100000, ccw1(0xE4, CC, 256, 0x101000), ccw1(0x03, 0, 0, 0));
            assertEquals("00c04017" + "00100008" + "0c4000ec", run(bench));
            // count 4 < 20: the device has more data, residual 0: IL without SLI, none with SLI
            bench.program(0x100000, ccw1(0xE4, 0, 4, 0x101000));
            assertEquals("00c04017" + "00100008" + "0c400000", run(bench));
            bench.program(0x100000, ccw1(0xE4, SLI, 4, 0x101000));
            assertEquals("00c04007" + "00100008" + "0c000000", run(bench));
            // exact count: no IL
            bench.program(0x100000, ccw1(0xE4, 0, 20, 0x101000));
            assertEquals("00c04007" + "00100008" + "0c000000", run(bench));
        }
    }

    @Test
    void e51_skipSuppressesStoringButCountsTheData() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            byte[] pattern = new byte[32];
            Arrays.fill(pattern, (byte) 0xA5);
            bench.device.dma().write(0x101000, pattern);
            bench.program(0x100000, ccw1(0xE4, SLI | SKIP, 256, 0x101000));
            assertEquals("00c04007" + "00100008" + "0c0000ec", run(bench));
            assertEquals(Hex.of(pattern), Hex.of(bench.device.dma().read(0x101000, 32)));
        }
    }

    @Test
    void e51_pciPresentsAnIntermediateInterruptWhileTheProgramGoesOn() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            bench.latencyMillis(100);
            bench.program(0x100000, ccw1(0x03, CC | PCI, 0, 0), ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals(124, bench.start(0x100000));
            bench.awaitIo();
            // intermediate: FC start, AC subchannel + device active, SC intermediate + pending, PCI
            assertEquals("00c040c9" + "00100008" + "00800000", bench.irbHex().substring(0, 24));
            assertEquals(State.CP_PENDING, bench.state(), "not final");
            assertNotNull(bench.driver().held);
            bench.awaitIo();
            assertEquals("00c04007" + "00100010" + "0c0000ec", bench.irbHex().substring(0, 24));
            assertEquals(State.IDLE, bench.state());
        }
    }

    @Test
    void e51_ticJumpsAndTicToTicIsAProgramCheck() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            bench.program(0x100000, ccw1(0x03, CC, 0, 0), ccw1(0x08, 0, 0, 0x100800));
            bench.program(0x100800, ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals("00c04007" + "00100808" + "0c0000ec", run(bench));
            // TIC → TIC: program check at the second TIC
            bench.program(0x100800, ccw1(0x08, 0, 0, 0x100900));
            bench.program(0x100900, ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals("00c04017" + "00100808" + "00200000", run(bench));
        }
    }

    @Test
    void e51_invalidCommandAndFormat0CountZeroAreProgramChecks() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            bench.program(0x100000, ccw1(0x03, CC, 0, 0), ccw1(0x00, SLI, 8, 0x101000));
            assertEquals("00c04017" + "00100010" + "00200000", run(bench));
            bench.program(0x100000, ccw0(0xE4, 0x101000, SLI, 0));
            assertEquals("00c04017" + "00100008" + "00200000", run(bench, 0x0040FF00));
        }
    }

    @Test
    void e51_unitCheckWithConcurrentSenseInTheEcw() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            byte[] sense = new byte[32];
            sense[0] = 0x10; // equipment check
            sense[7] = 0x10;
            sense[31] = 0x5A;
            bench.host.emulatorControls().orElseThrow().injectFault(EmulatorBench.SCHID, new Fault(Fault.Kind.UNIT_CHECK, sense, 1));
            bench.program(0x100000, ccw1(0x03, CC, 0, 0), ccw1(0x03, 0, 0, 0));
            assertEquals(124, bench.start(0x100000));
            bench.awaitIo();
            String irb = bench.irbHex();
            // SCSW E set, alert, CE DE UC at the first NOP; ESW format 1 with ERW S and SCNT 32; sense in the ECW
            assertEquals("00c24017" + "00100008" + "0e000000", irb.substring(0, 24));
            assertEquals("01200000", irb.substring(32, 40), "ERW: S, 32 sense bytes");
            assertEquals(Hex.of(sense), irb.substring(64, 128));
            // the pending sense was consumed: the next program ends normally
            assertEquals("00c04007" + "00100010" + "0c000000", run(bench));
        }
    }

    // ---- E-52 Sense ID -----------------------------------------------------------------------------------

    @Test
    void e52_senseIdReturnsTheDeviceIdentificationWithResidual() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            bench.program(0x100000, ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals("00c04007" + "00100008" + "0c0000ec", run(bench));
            assertEquals(SENSE_ID_3390_9, Hex.of(bench.device.dma().read(0x101000, 20)));
            bench.program(0x100000, ccw1(0xE4, SLI, 7, 0x102000));
            assertEquals("00c04007" + "00100008" + "0c000000", run(bench));
            assertEquals("ff3990e933900c" + "00", Hex.of(bench.device.dma().read(0x102000, 8)));
        }
        // the 3390-3 on a 3990-3 (0.0.0101), passed through after rebinding
        try (EmulatorBench bench = new EmulatorBench()) {
            UUID mdev = UUID.fromString("33333333-0101-4000-8000-000000000101");
            bench.host.bindDriver("0.0.0101", "vfio_ccw");
            bench.host.createMdev("0.0.0101", mdev);
            try (var device = bench.host.open(mdev, OpenOptions.defaults())) {
                device.dma().write(0x100000, ccw1(0xE4, SLI, 64, 0x101000));
                device.pwrite(EmulatorBench.startRequest(0x100000), 124, 0);
                byte[] io = new byte[124];
                long deadline = System.currentTimeMillis() + 5000;
                do {
                    device.pread(io, 124, 0);
                } while (io[27] == 0 && System.currentTimeMillis() < deadline);
                assertEquals("00c04007" + "00100008" + "0c00002c", hex(io, 24, 36));
                assertEquals("ff3990ec33900a0040fa0100412700044" + "23e0040", Hex.of(device.dma().read(0x101000, 20)));
            }
        }
    }

    @Test
    void e52_senseIdOfTheTape3490AndTheDisplay3278() throws Exception {
        UUID tape = UUID.fromString("44444444-0200-4000-8000-000000000200");
        UUID display = UUID.fromString("55555555-0201-4000-8000-000000000201");
        String topology = "chpid 10\n"
                + "subchannel 0.0.0200 devno=0580 device=3490 chpids=10 mdev=" + tape + "\n"
                + "subchannel 0.0.0201 devno=0009 device=3278-2 chpids=10 mdev=" + display + "\n";
        try (EmulatorBench bench = new EmulatorBench(EmulatorOptions.defaults(), topology)) {
            // spec §8.1 (Hercules): 3490 `FF 3490 50 3490 50`, 3278-2 on 3274-1D `FF 3274 1D 3278 02`, no CIWs
            assertEquals("ff34905034905" + "0", senseId(bench, tape, 7));
            assertEquals("ff32741d327802", senseId(bench, display, 7));
        }
    }

    /** Sense ID with SLI and count 256 on another mdev; asserts residual = 256 − length, returns the data. */
    private static String senseId(EmulatorBench bench, UUID mdev, int length) throws Exception {
        try (var device = bench.host.open(mdev, OpenOptions.defaults())) {
            device.dma().write(0x100000, ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals(124, device.pwrite(EmulatorBench.startRequest(0x100000), 124, 0));
            byte[] io = new byte[124];
            long deadline = System.currentTimeMillis() + 5000;
            do {
                device.pread(io, 124, 0);
            } while (io[27] == 0 && System.currentTimeMillis() < deadline);
            assertEquals("00c04007" + "00100008" + "0c00" + String.format("%04x", 256 - length), hex(io, 24, 36));
            return Hex.of(device.dma().read(0x101000, length));
        }
    }

    // ---- E-53 halt and clear ------------------------------------------------------------------------------

    /** Starts NOP → Sense ID with a slow device and waits until the subchannel is active (SCHIB region). */
    private static void startActive(EmulatorBench bench) throws Exception {
        bench.latencyMillis(150);
        bench.program(0x100000, ccw1(0x03, CC, 0, 0), ccw1(0xE4, SLI, 256, 0x101000));
        assertEquals(124, bench.start(0x100000));
        long deadline = System.currentTimeMillis() + 3000;
        while (true) {
            byte[] schib = new byte[52];
            assertEquals(52, bench.device.pread(schib, 52, 0x800));
            if (Schib.decode(schib).scsw().has(ActivityControl.DEVICE_ACTIVE)) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "program never became active");
            Thread.sleep(5);
        }
    }

    private static String asyncAndAwait(EmulatorBench bench, int command) throws Exception {
        assertEquals(8, bench.async(command));
        bench.awaitIo();
        return bench.irbHex().substring(0, 24);
    }

    @Test
    void e53_haltAndClearPopPersonality() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults())) {
            assertEquals("00002001" + "00000000" + "00000000", asyncAndAwait(bench, 1), "halt, idle");
            assertEquals("00001001" + "00000000" + "00000000", asyncAndAwait(bench, 2), "clear, idle");
            assertEquals(State.IDLE, bench.state());

            startActive(bench);
            // halted active program: FC start + halt, ending status CE DE with primary + secondary
            assertEquals("00c06007" + "00100008" + "0c000000", asyncAndAwait(bench, 1));
            assertEquals(State.IDLE, bench.state());
            assertNull(bench.driver().held);

            startActive(bench);
            assertEquals("00001001" + "00000000" + "00000000", asyncAndAwait(bench, 2), "clear zeroes everything");
            assertEquals(State.IDLE, bench.state());
            assertNull(bench.driver().held);
            assertEquals(0xFF, bench.hardware().pmcw().pom(), "clear resets POM (spec §7.4)");
            bench.assertNoIo(400); // nothing of the cleared program follows
        }
    }

    @Test
    void e53_haltAndClearQemuPersonality() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults().withHaltClear(HaltClearPersonality.QEMU))) {
            assertEquals("00002001" + "00000000" + "04000000", asyncAndAwait(bench, 1), "halt, idle: device end");
            assertEquals("00001001" + "00000000" + "00000000", asyncAndAwait(bench, 2), "clear, idle");

            startActive(bench);
            // FC halt only, the active AC bits stay, SC pending alone, device end, CCW address = current + 8
            assertEquals("00c020c1" + "00100008" + "04000000", asyncAndAwait(bench, 1));
            // documented consequence (spec §3.6 step 1): AC active means "not final" to vfio-ccw, so the program stays
            // held and the FSM in CP_PENDING until a clear (or reset) completes with AC 0
            assertEquals(State.CP_PENDING, bench.state());
            assertNotNull(bench.driver().held);
            assertEquals("00001001" + "00000000" + "00000000", asyncAndAwait(bench, 2));
            assertEquals(State.IDLE, bench.state());
            assertNull(bench.driver().held);

            startActive(bench);
            // clear keeps the flags halfword, the CCW address and the count; zeroes only the statuses
            assertEquals("00c01001" + "00100000" + "00000000", asyncAndAwait(bench, 2));
            assertEquals(State.IDLE, bench.state());
        }
    }

    @Test
    void e53_asyncRegionAbsentLeavesHaltAndClearToTheUser() throws Exception {
        try (EmulatorBench bench = bench(EmulatorOptions.defaults().withAsyncRegion(false))) {
            byte[] info = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder()).putInt(16).array();
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_INFO, info));
            assertEquals(3, ByteBuffer.wrap(info).order(ByteOrder.nativeOrder()).getInt(8), "I/O, SCHIB, CRW");
            for (int index = 1; index < 3; index++) {
                byte[] q = ByteBuffer.allocate(48).order(ByteOrder.nativeOrder()).putInt(48).putInt(0).putInt(index).array();
                assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO, q));
                assertTrue(ByteBuffer.wrap(q).order(ByteOrder.nativeOrder()).getInt(44) != 1, "no async subtype");
            }
            // 0x400 is now the read-only SCHIB region: a halt request there is refused
            assertEquals(Errno.EINVAL.retCode(), bench.async(1));
            bench.program(0x100000, ccw1(0xE4, SLI, 256, 0x101000));
            assertEquals("00c04007" + "00100008" + "0c0000ec", run(bench));
        }
    }
}
