package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.channel.ActivityControl;
import dev.ccwconsole.abi.channel.DeviceStatus;
import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.channel.StatusControl;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.fsm.Action;
import dev.ccwconsole.fsm.Event;
import dev.ccwconsole.fsm.State;
import dev.ccwconsole.fsm.Transition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shadow FSM on recorded sequences of (pwrite result, IRB bytes), spec §4.5. */
class NativeFsmObserverTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final byte[] START_WRITE = ioRegion(FunctionControl.START.mask());
    private static final byte[] NO_FUNCTION_WRITE = ioRegion(0);

    private final List<Transition> transitions = new ArrayList<>();
    private final NativeFsmObserver fsm = new NativeFsmObserver("0.0.0313", State.STANDBY, CLOCK, transitions::add);

    @Test
    void startThenFinalSolicitedInterruptRunsStandbyIdlePendingIdleStandby() {
        fsm.opened();
        fsm.ioWrite(124, START_WRITE, 124, 0, false);
        fsm.interrupt(irb(intermediate()));
        fsm.interrupt(irb(finalChannelEndDeviceEnd()));
        fsm.closed();
        assertEquals(List.of(
                step(State.STANDBY, Event.OPEN, Action.OPEN, State.IDLE, 0),
                step(State.IDLE, Event.IO_REQ, Action.IO_REQUEST, State.CP_PENDING, 0),
                step(State.CP_PENDING, Event.INTERRUPT, Action.IRQ, State.CP_PENDING, 0),
                step(State.CP_PENDING, Event.INTERRUPT, Action.IRQ, State.IDLE, 0),
                step(State.IDLE, Event.CLOSE, Action.CLOSE, State.STANDBY, 0)), shape(transitions));
        assertTrue(transitions.stream().allMatch(t -> t.cause().startsWith("inferred: ")));
        assertEquals(CLOCK.instant(), transitions.get(0).at());
        assertEquals("0.0.0313", transitions.get(0).subchannel());
    }

    @Test
    void ebusyWhileAProgramIsBelievedInFlightStaysCpPendingAndFromIdleSaysItIsAmbiguous() {
        fsm.opened();
        fsm.ioWrite(124, START_WRITE, 124, 0, false);
        fsm.ioWrite(-16, START_WRITE, 124, 0, false);
        assertEquals(State.CP_PENDING, fsm.state());
        assertEquals(step(State.CP_PENDING, Event.IO_REQ, Action.IO_BUSY, State.CP_PENDING, -16), shape(last()));
        fsm.interrupt(irb(finalChannelEndDeviceEnd()));
        fsm.ioWrite(-16, START_WRITE, 124, 0, false);
        assertEquals(State.IDLE, fsm.state());
        assertTrue(last().cause().contains("ambiguous"), last().cause());
    }

    @Test
    void eioMeansNotOperAndSaysStandbyIsPossibleOnOldKernels() {
        fsm.opened();
        fsm.ioWrite(-5, START_WRITE, 124, 0, false);
        assertEquals(State.NOT_OPER, fsm.state());
        assertEquals(-5, last().retCode());
        assertTrue(last().cause().contains("STANDBY on a 5.x kernel"), last().cause());
        fsm.closed();
        assertEquals(State.NOT_OPER, fsm.state(), "NOT_OPER is a dead end (spec §4.3)");
    }

    @Test
    void eagainIsNoFsmEventAndOtherErrorsEndInIdle() {
        fsm.opened();
        int before = transitions.size();
        fsm.ioWrite(-11, START_WRITE, 124, 0, false);
        assertEquals(before, transitions.size(), "the io_mutex trylock failed before the FSM ran");
        fsm.ioWrite(-22, START_WRITE, 124, 0, false);
        assertEquals(step(State.IDLE, Event.IO_REQ, Action.IO_REQUEST, State.IDLE, -22), shape(last()));
        assertTrue(last().cause().contains("EINVAL"));
    }

    @Test
    void aWriteWhoseScswNamesNoFunctionStartsNothing() {
        fsm.opened();
        fsm.ioWrite(124, NO_FUNCTION_WRITE, 124, 0, false);
        assertEquals(State.IDLE, fsm.state());
        assertTrue(last().cause().contains("no start function"));
    }

    @Test
    void aPartialWriteWithoutTheScswIsCpPendingButAmbiguous() {
        fsm.opened();
        fsm.ioWrite(12, Arrays.copyOf(START_WRITE, 12), 12, 0, false);
        assertEquals(State.CP_PENDING, fsm.state());
        assertTrue(last().cause().contains("ambiguous"));
    }

    @Test
    void unsolicitedAttentionDoesNotEndTheProgram() {
        fsm.opened();
        fsm.ioWrite(124, START_WRITE, 124, 0, false);
        Scsw attention = Scsw.builder().statusControl(StatusControl.ALERT, StatusControl.STATUS_PENDING)
                .deviceStatus(DeviceStatus.ATTN).build();
        fsm.interrupt(irb(attention));
        assertEquals(State.CP_PENDING, fsm.state());
        assertTrue(last().cause().contains("unsolicited"));
    }

    @Test
    void aFinalIrbForAStartAcceptedWhileAnInterruptWasPendingIsFlaggedAmbiguous() {
        fsm.opened();
        fsm.ioWrite(124, START_WRITE, 124, 0, true);
        fsm.interrupt(irb(finalChannelEndDeviceEnd()));
        assertEquals(State.IDLE, fsm.state());
        assertTrue(last().cause().contains("may belong to the previous program"), last().cause());
    }

    @Test
    void asyncEioOpenEinvalResetAndDmaUnmap() {
        fsm.openRefused(22);
        assertEquals(State.NOT_OPER, fsm.state());

        NativeFsmObserver other = new NativeFsmObserver("0.0.0314", State.STANDBY, CLOCK, transitions::add);
        other.opened();
        other.ioWrite(124, START_WRITE, 124, 0, false);
        other.dmaUnmapped();
        assertEquals(State.IDLE, other.state(), "unmapping pinned pages resets the device (spec §2.7)");
        other.ioWrite(124, START_WRITE, 124, 0, false);
        other.reset();
        assertEquals(State.IDLE, other.state());
        other.otherRegionWrite(-5);
        assertEquals(State.NOT_OPER, other.state());
        assertEquals(Event.ASYNC_REQ, last().event());
    }

    private Transition last() {
        return transitions.get(transitions.size() - 1);
    }

    /** The comparable part of a transition: (from, event, action, to, retCode). */
    private record Step(State from, Event event, Action action, State to, int retCode) {
    }

    private static Step step(State from, Event event, Action action, State to, int retCode) {
        return new Step(from, event, action, to, retCode);
    }

    private static Step shape(Transition t) {
        return new Step(t.from(), t.event(), t.action(), t.to(), t.retCode());
    }

    private static List<Step> shape(List<Transition> ts) {
        return ts.stream().map(NativeFsmObserverTest::shape).toList();
    }

    private static byte[] ioRegion(int functionControl) {
        byte[] region = new byte[IoRegion.SIZE];
        byte[] scsw = Scsw.builder().functionControl(functionControl)
                .activityControl(functionControl == 0 ? 0 : ActivityControl.START_PENDING.mask()).build().encode();
        System.arraycopy(scsw, 0, region, IoRegion.SCSW_OFFSET, scsw.length);
        return region;
    }

    private static Scsw intermediate() {
        return Scsw.builder().functionControl(FunctionControl.START)
                .activityControl(ActivityControl.SUBCHANNEL_ACTIVE, ActivityControl.DEVICE_ACTIVE)
                .statusControl(StatusControl.INTERMEDIATE, StatusControl.STATUS_PENDING).build();
    }

    private static Scsw finalChannelEndDeviceEnd() {
        return Scsw.builder().functionControl(FunctionControl.START)
                .statusControl(StatusControl.PRIMARY, StatusControl.SECONDARY, StatusControl.STATUS_PENDING)
                .deviceStatus(DeviceStatus.CE, DeviceStatus.DE).build();
    }

    /** The IRB area as the kernel leaves it: the 64-byte IRB, then 32 bytes of whatever userspace wrote. */
    private static byte[] irb(Scsw scsw) {
        return Arrays.copyOf(scsw.encode(), IoRegion.IRB_AREA_SIZE);
    }
}
