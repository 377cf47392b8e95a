package dev.ccwconsole.emulator;

import static dev.ccwconsole.emulator.EmulatorBench.ccw1;
import static dev.ccwconsole.emulator.EmulatorBench.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.ActivityControl;
import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.PmcwFlag;
import dev.ccwconsole.abi.channel.Schib;
import dev.ccwconsole.fsm.Event;
import dev.ccwconsole.fsm.Profile;
import dev.ccwconsole.fsm.State;
import dev.ccwconsole.fsm.Transition;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Conformance checklist E-20..E-31 (spec §9.1, regions: spec §3.1–§3.5, §4.2–§4.4). */
class RegionConformanceTest {

    private static final long SENSE_ID = 0x100000;

    private static EmulatorBench senseIdBench(EmulatorOptions options) {
        EmulatorBench bench = new EmulatorBench(options).open();
        bench.program(SENSE_ID, ccw1(0xE4, 0x20, 256, 0x101000));
        return bench;
    }

    private static byte[] read(EmulatorBench bench, long offset, int length) {
        byte[] buf = new byte[length];
        assertEquals(length, bench.device.pread(buf, length, offset));
        return buf;
    }

    @Test
    void e20_regionOffsetsBoundsAndPartialAccess() {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            byte[] buf = new byte[200];
            assertEquals(124, bench.device.pread(buf, 124, 0));
            assertEquals(8, bench.device.pread(buf, 8, 0x400));
            assertEquals(52, bench.device.pread(buf, 52, 0x800));
            assertEquals(8, bench.device.pread(buf, 8, 0xC00));
            // any position, any length inside the region, including zero
            assertEquals(3, bench.device.pread(buf, 3, 0x400 + 5));
            assertEquals(1, bench.device.pread(buf, 1, 123));
            assertEquals(0, bench.device.pread(buf, 0, 124));
            assertEquals(7, bench.device.pread(buf, 7, 0x800 + 45));
            // pos + count beyond the region
            assertEquals(Errno.EINVAL.retCode(), bench.device.pread(buf, 125, 0));
            assertEquals(Errno.EINVAL.retCode(), bench.device.pread(buf, 2, 123));
            assertEquals(Errno.EINVAL.retCode(), bench.device.pread(buf, 4, 0x400 + 5));
            assertEquals(Errno.EINVAL.retCode(), bench.device.pread(buf, 53, 0x800));
            assertEquals(Errno.EINVAL.retCode(), bench.device.pwrite(buf, 9, 0x400));
            // index beyond the last region
            assertEquals(Errno.EINVAL.retCode(), bench.device.pread(buf, 1, 0x1000));
            assertEquals(Errno.EINVAL.retCode(), bench.device.pwrite(buf, 1, 0x1000));
        }
    }

    @Test
    void e21_regionContentsAreBigEndianIncludingRetCodeAndCommand() {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            // ret_code: -EOPNOTSUPP (-95) as a big-endian s32
            assertEquals(Errno.EOPNOTSUPP.retCode(),
                    bench.writeIo(EmulatorBench.ioRequest(0, EmulatorBench.ORB_F_P_LPM_FF, SENSE_ID, 0x2000)));
            assertEquals("ffffffa1", hex(bench.readIo(), 120, 124));
            // command: the little-endian image of 1 is 0x01000000, not HSCH
            byte[] littleEndianOne = {1, 0, 0, 0};
            assertEquals(Errno.EINVAL.retCode(), bench.device.pwrite(littleEndianOne, 4, 0x400));
            assertEquals("01000000ffffffea", hex(bench.readAsync(), 0, 8));
            // SCHIB: device number 0x5000 big-endian at bytes 6-7
            assertEquals("5000", hex(read(bench, 0x800, 52), 6, 8));
        }
    }

    @Test
    void e22_writeWhileMutexHeldIsEagainWithoutSideEffect() throws Exception {
        EmulatorOptions slowCopy = EmulatorOptions.defaults().withInterruptCopyNanos(TimeUnit.MILLISECONDS.toNanos(300));
        try (EmulatorBench bench = senseIdBench(slowCopy)) {
            bench.latencyMillis(30);
            assertEquals(124, bench.start(SENSE_ID));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (!bench.driver().ioMutex.isLocked()) { // the bottom half copying the IRB
                assertTrue(System.nanoTime() < deadline, "bottom half never took the I/O mutex");
                Thread.onSpinWait();
            }
            byte[] other = EmulatorBench.ioRequest(0x11111111, EmulatorBench.ORB_F_P_LPM_FF, 0x100800, 0);
            assertEquals(Errno.EAGAIN.retCode(), bench.writeIo(other));
            assertEquals(Errno.EAGAIN.retCode(), bench.async(2));
            bench.awaitIo();

            byte[] io = bench.readIo();
            assertEquals("cafef00d00c0ff0000100000", hex(io, 0, 12), "ORB not merged");
            assertEquals("00004400", hex(io, 12, 16), "SCSW not merged");
            assertEquals("00000000", hex(io, 120, 124));
            assertEquals("0000000000000000", hex(bench.readAsync(), 0, 8), "no CSCH stored or issued");
            assertEquals(0x0C, bench.irbScsw().deviceStatus(), "the program ended normally, not cleared");
            assertEquals(State.IDLE, bench.state());
        }
    }

    @Test
    void e23_writeMergesAtPosThenRunsTheFsmAndReturnsCountOrErrno() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            // ORB and a no-function SCSW: nothing happens, count returned
            assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(0xCAFEF00D, EmulatorBench.ORB_F_P_LPM_FF, SENSE_ID, 0)));
            // only the SCSW (pos 12): the START uses the ORB already in the buffer
            byte[] scsw = ByteBuffer.allocate(12).putInt(EmulatorBench.SCSW_FC_START).array();
            assertEquals(12, bench.device.pwrite(scsw, 12, 12));
            bench.awaitIo();
            assertEquals(SENSE_ID + 8, bench.irbScsw().ccwAddress());
            assertEquals("cafef00d", hex(bench.readIo(), 0, 4));
            // a single byte at pos 14 turns the stored SCSW into a halt request: -EOPNOTSUPP as the errno
            assertEquals(Errno.EOPNOTSUPP.retCode(), bench.device.pwrite(new byte[] {0x20}, 1, 14));
            assertEquals("00002000", hex(bench.readIo(), 12, 16), "byte 14 replaced, the rest kept");
        }
    }

    @Test
    void e24_functionControlDecidesStartHaltClearOrNothing() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            int word1 = EmulatorBench.ORB_F_P_LPM_FF;
            assertEquals(Errno.EOPNOTSUPP.retCode(), bench.writeIo(EmulatorBench.ioRequest(0, word1, SENSE_ID, 0x2000)));
            assertEquals(State.IDLE, bench.state());
            assertEquals(Errno.EOPNOTSUPP.retCode(), bench.writeIo(EmulatorBench.ioRequest(0, word1, SENSE_ID, 0x1000)));
            assertEquals(State.IDLE, bench.state());
            // FC 0: nothing, ret_code keeps the caller's bytes (0 here) and the write returns count
            assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(0, word1, SENSE_ID, 0)));
            assertEquals(State.IDLE, bench.state());
            // FC 0 with ret_code bytes -5: the write "fails" with those bytes
            byte[] withRetCode = EmulatorBench.ioRequest(0, word1, SENSE_ID, 0);
            ByteBuffer.wrap(withRetCode).putInt(120, Errno.EIO.retCode());
            assertEquals(Errno.EIO.retCode(), bench.writeIo(withRetCode));
            assertEquals("fffffffb", hex(bench.readIo(), 120, 124));
            assertEquals(State.IDLE, bench.state());
            bench.assertNoIo(50);
            // start + halt bits: start wins (the FC check looks at start first)
            assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(0, word1, SENSE_ID, 0x6000)));
            bench.awaitIo();
            assertEquals(0x0C, bench.irbScsw().deviceStatus());
        }
    }

    @Test
    void e25_ioWriteOutsideIdleMainline() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            bench.latencyMillis(200);
            assertEquals(124, bench.start(SENSE_ID));
            assertEquals(Errno.EBUSY.retCode(), bench.start(SENSE_ID));
            assertEquals(State.CP_PENDING, bench.state(), "5.13+: state unchanged");
            bench.awaitIo();
            assertEquals(State.IDLE, bench.state());
            bench.latencyMillis(0);

            // CP_PROCESSING only exists while a writer holds the mutex in mainline: set it to probe the cell
            bench.driver().fsm.set(State.CP_PROCESSING, "test");
            assertEquals(Errno.EAGAIN.retCode(), bench.start(SENSE_ID));
            assertEquals(State.CP_PROCESSING, bench.state());
            bench.driver().fsm.set(State.STANDBY, "test");
            assertEquals(Errno.EIO.retCode(), bench.start(SENSE_ID));
            assertEquals(State.STANDBY, bench.state());
            bench.driver().fsm.fire(Event.NOT_OPER);
            assertEquals(Errno.EIO.retCode(), bench.start(SENSE_ID));
            assertEquals(State.NOT_OPER, bench.state());
            bench.assertNoIo(50);
        }
    }

    @Test
    void e25_ioWriteOutsideIdleSeedForcesIdleAfterEveryFailedWrite() throws Exception {
        EmulatorOptions seed = EmulatorOptions.defaults().withProfile(Profile.SEED_5_2);
        try (EmulatorBench bench = senseIdBench(seed)) {
            bench.latencyMillis(200);
            assertEquals(124, bench.start(SENSE_ID));
            assertEquals(State.CP_PENDING, bench.state());
            assertEquals(Errno.EBUSY.retCode(), bench.start(SENSE_ID));
            assertEquals(State.IDLE, bench.state(), "5.2: any failed write leaves IDLE");
            bench.awaitIo();
            bench.latencyMillis(0);

            // 5.2: a write naming no function with ret_code 0 leaves CP_PROCESSING ([U] in spec §4.2)
            assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(0, EmulatorBench.ORB_F_P_LPM_FF, SENSE_ID, 0)));
            assertEquals(State.CP_PROCESSING, bench.state());
            assertEquals(Errno.EAGAIN.retCode(), bench.start(SENSE_ID));
            assertEquals(State.IDLE, bench.state());

            // 5.x: close leaves STANDBY; a second open's first write is EIO and moves to IDLE, the retry works
            bench.device.close();
            assertEquals(State.STANDBY, bench.state());
            bench.open();
            bench.program(SENSE_ID, ccw1(0xE4, 0x20, 256, 0x101000));
            assertEquals(Errno.EIO.retCode(), bench.start(SENSE_ID));
            assertEquals(State.IDLE, bench.state());
            assertEquals(124, bench.start(SENSE_ID));
            bench.awaitIo();
            assertEquals(State.IDLE, bench.state());
        }
    }

    @Test
    void e26_readsConsumeNothingAndIrbTailIsNeverWritten() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            byte[] request = EmulatorBench.startRequest(SENSE_ID);
            Arrays.fill(request, 24 + 64, 120, (byte) 0x5A); // irb_area[64..95]
            Arrays.fill(request, 24, 24 + 64, (byte) 0x77); // irb_area[0..63]: overwritten by the IRB
            assertEquals(124, bench.writeIo(request));
            bench.awaitIo();
            byte[] first = bench.readIo();
            byte[] second = bench.readIo();
            assertEquals(hex(first, 0, 124), hex(second, 0, 124), "reading consumes nothing");
            assertEquals(hex(request, 0, 24), hex(first, 0, 24), "ORB and SCSW as last written");
            assertEquals("00c0400700100008" + "0c0000ec", hex(first, 24, 36));
            assertEquals("00800000" + "00".repeat(48), hex(first, 36, 88), "ESW format 1 (LPUM 0x80) and ECW");
            assertEquals("5a".repeat(32), hex(first, 88, 120), "irb_area[64..95] never written by the driver");
            assertEquals("00000000", hex(first, 120, 124));
        }
    }

    @Test
    void e27_asyncRegionCommandsStatesAndConditionCodes() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            assertEquals(Errno.EINVAL.retCode(), bench.async(0));
            assertEquals(Errno.EINVAL.retCode(), bench.async(3));
            assertEquals("00000003ffffffea", hex(bench.readAsync(), 0, 8));
            // IDLE: both accepted
            assertEquals(8, bench.async(1));
            bench.awaitIo();
            assertEquals(8, bench.async(2));
            bench.awaitIo();
            assertEquals("0000000200000000", hex(bench.readAsync(), 0, 8));
            // CP_PENDING: accepted
            bench.latencyMillis(200);
            assertEquals(124, bench.start(SENSE_ID));
            assertEquals(8, bench.async(1));
            bench.awaitIo();
            assertEquals(State.IDLE, bench.state());
            bench.latencyMillis(0);
            // HSCH cc 2 (halt already in progress, e.g. the host's own) → EBUSY
            long busy = bench.host.scope().syscall(() -> {
                assertEquals(0, bench.hardware().hsch());
                return bench.async(1);
            });
            assertEquals(Errno.EBUSY.retCode(), busy);
            bench.awaitIo();
            // CP_PROCESSING → EAGAIN, STANDBY / NOT_OPER → EIO; state unchanged
            bench.driver().fsm.set(State.CP_PROCESSING, "test");
            assertEquals(Errno.EAGAIN.retCode(), bench.async(1));
            assertEquals(State.CP_PROCESSING, bench.state());
            bench.driver().fsm.set(State.STANDBY, "test");
            assertEquals(Errno.EIO.retCode(), bench.async(2));
            bench.driver().fsm.set(State.IDLE, "test");
            // cc 3 → ENODEV for both
            bench.hardware().remove();
            assertEquals(Errno.ENODEV.retCode(), bench.async(1));
            assertEquals(Errno.ENODEV.retCode(), bench.async(2));
            bench.driver().fsm.fire(Event.NOT_OPER);
            assertEquals(Errno.EIO.retCode(), bench.async(1));
        }
    }

    @Test
    void e28_haltAndClearDoNotFreeTheProgramTheirFinalInterruptDoes() throws Exception {
        for (int command : new int[] {1, 2}) {
            try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
                List<String> log = new CopyOnWriteArrayList<>();
                bench.host.onTransition((Transition t) -> log.add(t.event() + " " + t.from() + "->" + t.to()
                        + " held=" + (bench.driver().held != null)));
                bench.latencyMillis(200);
                assertEquals(124, bench.start(SENSE_ID));
                HeldProgram held = bench.driver().held;
                assertNotNull(held);
                assertEquals(8, bench.async(command));
                bench.awaitIo();
                assertTrue(log.contains("ASYNC_REQ CP_PENDING->CP_PENDING held=true"), log::toString);
                assertTrue(log.get(log.size() - 1).startsWith("null CP_PENDING->IDLE"), log::toString);
                assertNull(bench.driver().held);
                assertTrue(!bench.driver().iommu().anyPinned(0x101000, 256), "unpinned by the final interrupt");
            }
        }
    }

    @Test
    void e29_schibRegionIsAFreshHostStschEachRead() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            assertEquals(Errno.EINVAL.retCode(), bench.device.pwrite(new byte[52], 52, 0x800));
            Schib idle = Schib.decode(read(bench, 0x800, 52));
            assertEquals(3, idle.pmcw().isc());
            assertTrue(idle.pmcw().has(PmcwFlag.E), "enabled while open");
            assertEquals(bench.driver().hostIntparm, idle.pmcw().intparm(), "the host's intparm");
            assertEquals(0x5000, idle.pmcw().devno());
            assertEquals(0, idle.scsw().functionControl());

            bench.latencyMillis(200);
            assertEquals(124, bench.start(SENSE_ID));
            Schib running = Schib.decode(read(bench, 0x800, 52));
            assertTrue(running.scsw().has(FunctionControl.START), running.scsw().describe());
            assertEquals(bench.driver().hostIntparm, running.pmcw().intparm(), "not the caller's 0xCAFEF00D");
            assertTrue(running.scsw().has(ActivityControl.START_PENDING) || running.scsw().has(ActivityControl.DEVICE_ACTIVE));
            bench.awaitIo();
            assertEquals(0, Schib.decode(read(bench, 0x800, 52)).scsw().functionControl(), "fresh STSCH after TSCH");

            bench.hardware().remove();
            assertEquals(Errno.ENODEV.retCode(), bench.device.pread(new byte[52], 52, 0x800));
        }
    }

    @Test
    void e30_crwRegionDequeuesOnePerReadAndResignals() throws Exception {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            assertEquals(Errno.EINVAL.retCode(), bench.device.pwrite(new byte[8], 8, 0xC00));
            assertEquals("0000000000000000", hex(read(bench, 0xC00, 8), 0, 8), "empty queue reads zeros");
            bench.host.configureChannelPath(0x10, false);
            assertEquals(1L, bench.crwSignals.poll(2, TimeUnit.SECONDS));
            bench.host.configureChannelPath(0x10, true);
            assertEquals(1L, bench.crwSignals.poll(2, TimeUnit.SECONDS));

            assertEquals("0406001000000000", hex(read(bench, 0xC00, 8), 0, 8));
            assertEquals(1L, bench.crwSignals.poll(2, TimeUnit.SECONDS), "re-signalled: one more is queued");
            // a read of only the pad word consumes the next CRW too
            assertEquals("00000000", hex(read(bench, 0xC04, 4), 0, 4));
            assertEquals("0000000000000000", hex(read(bench, 0xC00, 8), 0, 8));
            assertNull(bench.crwSignals.poll(100, TimeUnit.MILLISECONDS), "nothing left to signal");
        }
    }

    @Test
    void e31_crwsOnlyForConfigureOfOwnPathsNeverForVary() throws Exception {
        String topology = EmulatorBench.TOPOLOGY.replace("chpid 11\n", "chpid 11\nchpid 12\n")
                .replace("chpids=11 driver", "chpids=11,12 driver");
        try (EmulatorBench bench = new EmulatorBench(EmulatorOptions.defaults(), topology).open()) {
            bench.host.varyChannelPath(0x10, false);
            bench.host.varyChannelPath(0x10, true);
            bench.host.configureChannelPath(0x12, false); // not a path of 0.0.0100
            bench.host.configureChannelPath(0x12, true);
            assertNull(bench.crwSignals.poll(100, TimeUnit.MILLISECONDS));
            assertEquals("0000000000000000", hex(read(bench, 0xC00, 8), 0, 8));

            bench.host.configureChannelPath(0x11, false);
            assertEquals(1L, bench.crwSignals.poll(2, TimeUnit.SECONDS));
            assertEquals("0406001100000000", hex(read(bench, 0xC00, 8), 0, 8));
            bench.host.configureChannelPath(0x11, true);
            assertEquals(1L, bench.crwSignals.poll(2, TimeUnit.SECONDS));
            assertEquals("0402001100000000", hex(read(bench, 0xC00, 8), 0, 8));
        }
    }
}
