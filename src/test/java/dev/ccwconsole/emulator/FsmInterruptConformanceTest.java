package dev.ccwconsole.emulator;

import static dev.ccwconsole.emulator.EmulatorBench.ccw0;
import static dev.ccwconsole.emulator.EmulatorBench.ccw1;
import static dev.ccwconsole.emulator.EmulatorBench.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioIrqSet;
import dev.ccwconsole.device.Fault;
import dev.ccwconsole.device.InterruptSignal;
import dev.ccwconsole.fsm.Event;
import dev.ccwconsole.fsm.Profile;
import dev.ccwconsole.fsm.State;
import dev.ccwconsole.fsm.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Conformance checklist E-40..E-46 (spec §9.1, FSM and interrupts: spec §3.6, §4, §5.2, §6.1, §2.7). */
class FsmInterruptConformanceTest {

    private static final long SENSE_ID = 0x100000;
    /** An unsolicited attention IRB as the host's TSCH stores it: deferred cc 0, SC alert + pending, DS attention. */
    private static final byte[] ATTENTION_IRB = HexFormat.of().parseHex("0000001100000000" + "80000000" + "00".repeat(52));

    private static EmulatorBench senseIdBench(EmulatorOptions options) {
        EmulatorBench bench = new EmulatorBench(options).open();
        bench.program(SENSE_ID, ccw1(0xE4, 0x20, 256, 0x101000));
        return bench;
    }

    /** The transition the region write's event made, read from the recorded log. */
    private static Transition lastOf(List<Transition> log, Event event) {
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i).event() == event) {
                return log.get(i);
            }
        }
        throw new AssertionError("no " + event + " in " + log);
    }

    /**
     * Every IO_REQ and ASYNC_REQ cell reachable through the regions, per profile: ret_code and next state of the
     * jump-table handler, plus the 5.2 write-handler rule (spec §4.2, §4.3).
     */
    private static void walkRequestCells(Profile profile) throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults().withProfile(profile))) {
            List<Transition> log = new CopyOnWriteArrayList<>();
            bench.host.onTransition(log::add);
            boolean seed = profile == Profile.SEED_5_2;
            Object[][] ioCells = {
                {State.STANDBY, Errno.EIO.retCode()},
                {State.CP_PROCESSING, Errno.EAGAIN.retCode()},
                {State.CP_PENDING, Errno.EBUSY.retCode()},
                {State.NOT_OPER, Errno.EIO.retCode()},
            };
            for (Object[] cell : ioCells) {
                State state = (State) cell[0];
                bench.driver().fsm.set(state, "test: probe " + state);
                assertEquals((int) cell[1], bench.start(SENSE_ID), profile + " IO_REQ in " + state);
                Transition t = lastOf(log, Event.IO_REQ);
                assertEquals(state, t.from());
                assertEquals(state, t.to(), "the handler keeps the state");
                assertEquals(seed ? State.IDLE : state, bench.state(), profile + " after the write in " + state);
                bench.driver().fsm.set(State.IDLE, "test: back");
            }
            Object[][] asyncCells = {
                {State.STANDBY, Errno.EIO.retCode()},
                {State.CP_PROCESSING, Errno.EAGAIN.retCode()},
                {State.NOT_OPER, Errno.EIO.retCode()},
                {State.CP_PENDING, 8},
                {State.IDLE, 8},
            };
            for (Object[] cell : asyncCells) {
                State state = (State) cell[0];
                bench.driver().fsm.set(state, "test: probe " + state);
                assertEquals((long) (int) cell[1], bench.async(1), profile + " ASYNC_REQ in " + state);
                Transition t = lastOf(log, Event.ASYNC_REQ);
                assertEquals(state, t.from());
                assertEquals(state, t.to(), "async handlers never change the state");
                if ((int) cell[1] == 8) {
                    bench.awaitIo(); // the halt's completion
                }
                bench.driver().fsm.set(State.IDLE, "test: back");
            }
            // IDLE: IO_REQ starts, CP_PENDING until the final interrupt
            assertEquals(124, bench.start(SENSE_ID));
            assertEquals(State.CP_PENDING, lastOf(log, Event.IO_REQ).to());
            bench.awaitIo();
            assertEquals(State.IDLE, bench.state());
        }
    }

    @Test
    void e40_requestCellsMainline() throws Exception {
        walkRequestCells(Profile.MAINLINE_6);
    }

    @Test
    void e40_requestCellsSeed() throws Exception {
        walkRequestCells(Profile.SEED_5_2);
    }

    @Test
    void e40_lifeCycleAndInterruptCellsPerProfile() throws Exception {
        // mainline: probe leaves STANDBY with the subchannel disabled; OPEN → IDLE; CLOSE → STANDBY (spec §4.3)
        try (EmulatorBench bench = new EmulatorBench()) {
            assertEquals(State.STANDBY, bench.state());
            assertFalse(bench.hardware().enabled());
            bench.open();
            assertEquals(State.IDLE, bench.state());
            assertTrue(bench.hardware().enabled());
            bench.device.close();
            assertEquals(State.STANDBY, bench.state());
            assertFalse(bench.hardware().enabled());
            // INTERRUPT in STANDBY: disabled_irq disables the subchannel again, state unchanged
            bench.hardware().enable(1, 3);
            bench.driver().interrupts.hostInterrupt(ATTENTION_IRB);
            assertEquals(State.STANDBY, bench.state());
            assertFalse(bench.hardware().enabled());
            // NOT_OPER is a dead end: OPEN is a nop there and the open fails with EINVAL
            bench.driver().fsm.fire(Event.NOT_OPER);
            try {
                bench.open();
                throw new AssertionError("open in NOT_OPER must fail");
            } catch (dev.ccwconsole.device.DeviceException e) {
                assertEquals(Errno.EINVAL.number(), e.errno());
            }
            assertEquals(State.NOT_OPER, bench.state());
        }
        // 5.2: probe enables at once (STANDBY), mdev create → IDLE, open changes nothing, close → STANDBY
        try (EmulatorBench bench = new EmulatorBench(EmulatorOptions.defaults().withProfile(Profile.SEED_5_2))) {
            assertEquals(State.IDLE, bench.state(), "the topology's mdev was created");
            assertTrue(bench.hardware().enabled());
            bench.open();
            assertEquals(State.IDLE, bench.state());
            bench.device.close();
            assertEquals(State.STANDBY, bench.state());
            assertTrue(bench.hardware().enabled(), "5.x release re-enables");
        }
    }

    @Test
    void e41_finalSolicitedFreesUnsolicitedChangesNothingMainline() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            bench.latencyMillis(200);
            assertEquals(124, bench.start(SENSE_ID));
            assertEquals(State.CP_PENDING, bench.state());
            assertTrue(bench.driver().iommu().anyPinned(0x101000, 256));
            // an unsolicited interrupt while the program runs: copied and signalled, nothing else
            bench.driver().interrupts.hostInterrupt(ATTENTION_IRB.clone());
            bench.awaitIo();
            assertEquals("00000011" + "00000000" + "80000000", bench.irbHex().substring(0, 24));
            assertEquals(State.CP_PENDING, bench.state());
            assertNotNull(bench.driver().held);
            // the final solicited interrupt frees and returns to IDLE
            bench.awaitIo();
            assertEquals(0x0C, bench.irbScsw().deviceStatus());
            assertEquals(State.IDLE, bench.state());
            assertNull(bench.driver().held);
            assertFalse(bench.driver().iommu().anyPinned(0x101000, 256));
            // attention in IDLE through the device: copied, signalled, IDLE stays
            bench.latencyMillis(0);
            bench.host.emulatorControls().orElseThrow().injectFault(EmulatorBench.SCHID, new Fault(Fault.Kind.ATTENTION, null, 1));
            bench.awaitIo();
            Scsw attention = bench.irbScsw();
            assertFalse(attention.isSolicited());
            assertEquals(0x80, attention.deviceStatus());
            assertEquals(State.IDLE, bench.state());
        }
    }

    @Test
    void e41_seedAnyFinalInterruptSetsIdleButOnlySolicitedFrees() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults().withProfile(Profile.SEED_5_2))) {
            bench.latencyMillis(200);
            assertEquals(124, bench.start(SENSE_ID));
            bench.driver().interrupts.hostInterrupt(ATTENTION_IRB.clone());
            bench.awaitIo();
            assertEquals(State.IDLE, bench.state(), "5.2: a final interrupt sets IDLE even when unsolicited");
            assertNotNull(bench.driver().held, "but only a solicited one frees the program");
            bench.awaitIo();
            assertNull(bench.driver().held);
            assertEquals(State.IDLE, bench.state());
        }
    }

    @Test
    void e42_ccwAddressIsTheCallersIovaIncludingOnePastTheSegmentEnd() throws Exception {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            // NOP → TIC to a second segment → Sense ID: the end address lies one past the second segment
            bench.program(0x100000, ccw1(0x03, 0x40, 0, 0), ccw1(0x08, 0, 0, 0x100800));
            bench.program(0x100800, ccw1(0xE4, 0x20, 256, 0x101000));
            assertEquals(124, bench.start(0x100000));
            bench.awaitIo();
            assertEquals(0x100808, bench.irbScsw().ccwAddress());
            // format-0 program: same rule with the caller's 24-bit IOVA
            bench.program(0x100400, ccw0(0xE4, 0x101000, 0x20, 256));
            assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(1, 0x0040FF00, 0x100400, EmulatorBench.SCSW_FC_START)));
            bench.awaitIo();
            assertEquals(0x100408, bench.irbScsw().ccwAddress());
            // an unsolicited interrupt's CCW address is not attributable to a program and stays as stored (0)
            bench.host.emulatorControls().orElseThrow().injectFault(EmulatorBench.SCHID, new Fault(Fault.Kind.ATTENTION, null, 1));
            bench.awaitIo();
            assertEquals(0, bench.irbScsw().ccwAddress());
        }
    }

    @Test
    void e43_oneIrbSlotSecondInterruptOverwritesCounterAccumulates() throws Exception {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            InterruptSignal io = bench.device.createSignal(); // no listener: the counter just adds up
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.attachEventfd(CcwIrqIndex.IO, io.fd()).encode()));
            // NOP with PCI chained to Sense ID: an intermediate and a final interrupt
            bench.program(0x100000, ccw1(0x03, 0x48, 0, 0), ccw1(0xE4, 0x20, 256, 0x101000));
            assertEquals(124, bench.start(0x100000));
            long deadline = System.currentTimeMillis() + 5000;
            long total = 0;
            while (total < 2 && System.currentTimeMillis() < deadline) {
                total += io.drain();
                Thread.sleep(5);
            }
            assertEquals(2, total, "two interrupts, one counter");
            assertEquals("00c04007" + "00100010" + "0c0000ec", bench.irbHex().substring(0, 24), "the final IRB won the slot");
        }
    }

    @Test
    void transitionsOfOneSyscallShareItsTimeAndDelayedOnesAreStampedWhenTheyHappen() throws Exception {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            bench.program(0x100000, ccw1(0xE4, 0x20, 256, 0x101000));
            List<Transition> seen = new CopyOnWriteArrayList<>();
            bench.host.onTransition(seen::add);
            Instant before = Instant.now();
            assertEquals(124, bench.start(0x100000));
            // zero latency: IO_REQ, INTERRUPT and the return to IDLE all happen within the START syscall
            assertEquals(3, seen.size(), seen.toString());
            assertEquals(1, seen.stream().map(Transition::at).distinct().count(), "one time for one syscall");
            assertTrue(!seen.get(0).at().isBefore(before));

            seen.clear();
            bench.latencyMillis(30);
            assertEquals(124, bench.start(0x100000));
            long deadline = System.currentTimeMillis() + 5000;
            while (seen.size() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(3, seen.size(), seen.toString());
            assertTrue(Duration.between(seen.get(0).at(), seen.get(1).at()).toMillis() >= 25,
                    "the interrupt 30 ms later carries its own time: " + seen);
        }
    }

    @Test
    void e44_irbCopiedAndSignalledOnlyAfterTheWriteReleasedTheMutex() throws Exception {
        try (EmulatorBench bench = new EmulatorBench().open()) {
            bench.program(0x100000, ccw1(0xE4, 0x20, 256, 0x101000));
            List<String> order = new CopyOnWriteArrayList<>();
            bench.host.onTransition(t -> {
                if (t.event() == Event.IO_REQ || t.event() == Event.INTERRUPT) {
                    order.add(t.event() + " mutexHeld=" + bench.driver().ioMutex.isLocked());
                }
            });
            List<String> atSignal = new ArrayList<>();
            InterruptSignal io = bench.device.createSignal();
            io.onSignal(n -> {
                byte[] region = new byte[124];
                bench.device.pread(region, 124, 0);
                synchronized (atSignal) {
                    atSignal.add(hex(region, 24, 36) + "/" + hex(region, 120, 124));
                    atSignal.notifyAll();
                }
            });
            assertEquals(0, bench.ioctl(VfioIoctl.DEVICE_SET_IRQS, VfioIrqSet.attachEventfd(CcwIrqIndex.IO, io.fd()).encode()));
            assertEquals(124, bench.start(0x100000));
            synchronized (atSignal) {
                long deadline = System.currentTimeMillis() + 5000;
                while (atSignal.isEmpty() && System.currentTimeMillis() < deadline) {
                    atSignal.wait(100);
                }
            }
            // the write's event ran under the mutex; the interrupt only after the write released it
            assertEquals(List.of("IO_REQ mutexHeld=true", "INTERRUPT mutexHeld=false"), order);
            assertEquals(List.of("00c04007001000080c0000ec/00000000"), atSignal, "the signal finds the IRB copied");
        }
    }

    private static String scswWord0(EmulatorOptions options, int orbWord1, byte[] ccw) throws Exception {
        try (EmulatorBench bench = new EmulatorBench(options).open()) {
            bench.program(0x100000, ccw);
            assertEquals(124, bench.writeIo(EmulatorBench.ioRequest(7, orbWord1, 0x100000, EmulatorBench.SCSW_FC_START)));
            bench.awaitIo();
            return bench.irbHex().substring(0, 8);
        }
    }

    @Test
    void e45_scswReportsFormat1AlwaysOrbBitsAndKeyPerProfile() throws Exception {
        // key 3, S, P, A, U, format-0 CCWs (F = 0), LPM 0xFF
        int word1 = 0x3858FF00;
        byte[] format0 = ccw0(0xE4, 0x101000, 0x20, 256);
        assertEquals("38d84007", scswWord0(EmulatorOptions.defaults(), word1, format0), "6.3+: key passed through");
        assertEquals("08d84007", scswWord0(EmulatorOptions.defaults().withProfile(Profile.SEED_5_2), word1, format0),
                "before 6.3: key forced to 0");
        // format-1 without S/A/U
        assertEquals("00c04007", scswWord0(EmulatorOptions.defaults(), 0x00C0FF00, ccw1(0xE4, 0x20, 256, 0x101000)));
    }

    @Test
    void e46_unmapOverlappingPinnedPagesResetsFailedUnmapDoesNot() throws Exception {
        try (EmulatorBench bench = senseIdBench(EmulatorOptions.defaults())) {
            bench.latencyMillis(200);
            assertEquals(124, bench.start(SENSE_ID));
            // a v2 unmap that cuts through the window fails before anything is unmapped: no reset
            assertEquals(Errno.EINVAL.retCode(), bench.device.unmapDma(0x101000, 0x1000));
            assertEquals(State.CP_PENDING, bench.state());
            assertNotNull(bench.driver().held);
            bench.awaitIo();
            assertEquals(0x0C, bench.irbScsw().deviceStatus(), "the program ran to its end");

            assertEquals(124, bench.start(SENSE_ID));
            assertEquals(0, bench.device.unmapDma(0x100000, 0x100000));
            assertEquals(State.IDLE, bench.state(), "reset = CLOSE + OPEN");
            assertNull(bench.driver().held);
            assertTrue(bench.hardware().enabled());
            bench.assertNoIo(400);
        }
    }
}
