package dev.ccwconsole.fsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every state × event of both profiles through the machine: the handler chosen, the ret_code stored and the
 * next state (spec §4.2, §4.3, E-25, E-40). Handlers answer with scripted outcomes: the machine's job is the
 * table and the state bookkeeping, the emulator's tests cover the handlers' real effects.
 */
class StateMachineTest {

    private static final int EIO = -5, EBUSY = -16, EAGAIN = -11, EINVAL = -22;

    private final List<Transition> transitions = new ArrayList<>();
    private final ScriptedHandlers handlers = new ScriptedHandlers();

    private StateMachine machine(Profile profile, State initial) {
        return new StateMachine("0.0.0100", profile, initial, handlers, transitions::add, Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void fixedIoCellsStoreTheirRetCode(Profile profile) {
        assertIo(profile, State.NOT_OPER, EIO, State.NOT_OPER);
        assertIo(profile, State.STANDBY, EIO, State.STANDBY);
        assertIo(profile, State.CP_PROCESSING, EAGAIN, State.CP_PROCESSING);
        assertIo(profile, State.CP_PENDING, EBUSY, State.CP_PENDING);
    }

    private void assertIo(Profile profile, State from, int retCode, State toBeforeWriteRule) {
        StateMachine m = machine(profile, from);
        assertEquals(retCode, m.fire(Event.IO_REQ));
        assertEquals(toBeforeWriteRule, m.state());
        m.afterIoWrite(retCode);
        // 5.2: the write handler forces IDLE after every failed write; 5.13+: state unchanged (E-25)
        assertEquals(profile == Profile.SEED_5_2 ? State.IDLE : toBeforeWriteRule, m.state());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void fixedAsyncCellsStoreTheirRetCodeAndNeverMove(Profile profile) {
        for (State s : new State[] {State.NOT_OPER, State.STANDBY}) {
            StateMachine m = machine(profile, s);
            assertEquals(EIO, m.fire(Event.ASYNC_REQ));
            assertEquals(s, m.state());
        }
        StateMachine m = machine(profile, State.CP_PROCESSING);
        assertEquals(EAGAIN, m.fire(Event.ASYNC_REQ));
        assertEquals(State.CP_PROCESSING, m.state());
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void asyncRequestRunsInIdleAndCpPending(Profile profile) {
        for (State s : new State[] {State.IDLE, State.CP_PENDING}) {
            handlers.asyncRetCode = EBUSY;
            StateMachine m = machine(profile, s);
            assertEquals(EBUSY, m.fire(Event.ASYNC_REQ));
            assertEquals(s, m.state(), "async_request never changes the state");
        }
        assertEquals(2, handlers.asyncCalls);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void startedIoRequestGoesCpPending(Profile profile) {
        handlers.ioOutcome = IoRequestOutcome.startedOk();
        StateMachine m = machine(profile, State.IDLE);
        assertEquals(0, m.fire(Event.IO_REQ));
        assertEquals(State.CP_PENDING, m.state());
        Transition t = transitions.get(transitions.size() - 1);
        assertEquals(State.IDLE, t.from());
        assertEquals(Action.IO_REQUEST, t.action());
        assertEquals(State.CP_PENDING, t.to());
    }

    @Test
    void failedIoRequestEndsIdleOnMainline() {
        handlers.ioOutcome = IoRequestOutcome.failed(EINVAL);
        StateMachine m = machine(Profile.MAINLINE_6, State.IDLE);
        assertEquals(EINVAL, m.fire(Event.IO_REQ));
        assertEquals(State.IDLE, m.state());
    }

    @Test
    void failedIoRequestOnSeedStaysCpProcessingUntilTheWriteHandlerRule() {
        handlers.ioOutcome = IoRequestOutcome.failed(EINVAL);
        StateMachine m = machine(Profile.SEED_5_2, State.IDLE);
        assertEquals(EINVAL, m.fire(Event.IO_REQ));
        assertEquals(State.CP_PROCESSING, m.state());
        m.afterIoWrite(EINVAL);
        assertEquals(State.IDLE, m.state());
        Transition forced = transitions.get(transitions.size() - 1);
        assertNull(forced.event());
        assertTrue(forced.cause().contains("forces IDLE"));
    }

    @Test
    void seedWriteWithoutFunctionAndZeroRetCodeStaysCpProcessing() {
        // spec §4.2: read from code, [U]; reproduced as written
        handlers.ioOutcome = IoRequestOutcome.failed(0);
        StateMachine m = machine(Profile.SEED_5_2, State.IDLE);
        assertEquals(0, m.fire(Event.IO_REQ));
        m.afterIoWrite(0);
        assertEquals(State.CP_PROCESSING, m.state());
        assertEquals(EAGAIN, m.fire(Event.IO_REQ));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void notOperGoesNotOperFromEveryStateButNotOper(Profile profile) {
        for (State s : new State[] {State.STANDBY, State.IDLE, State.CP_PROCESSING, State.CP_PENDING}) {
            StateMachine m = machine(profile, s);
            m.fire(Event.NOT_OPER);
            assertEquals(State.NOT_OPER, m.state(), s.name());
        }
        StateMachine dead = machine(profile, State.NOT_OPER);
        dead.fire(Event.NOT_OPER);
        assertEquals(State.NOT_OPER, dead.state());
        assertEquals(4, handlers.notOperCalls, "nop in NOT_OPER calls no handler");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void interruptsNeverMoveTheStateThemselves(Profile profile) {
        for (State s : State.values()) {
            StateMachine m = machine(profile, s);
            assertEquals(0, m.fire(Event.INTERRUPT));
            assertEquals(s, m.state());
        }
        int disabled = profile == Profile.MAINLINE_6 ? 2 : 1; // NOT_OPER (+ STANDBY on mainline)
        assertEquals(disabled, handlers.disabledIrqCalls);
        assertEquals(State.values().length - disabled, handlers.irqCalls);
    }

    @Test
    void openAndCloseOnMainline() {
        StateMachine m = machine(Profile.MAINLINE_6, State.STANDBY);
        m.fire(Event.OPEN);
        assertEquals(State.IDLE, m.state());
        m.fire(Event.CLOSE);
        assertEquals(State.STANDBY, m.state());
        handlers.openSucceeds = false;
        m.fire(Event.OPEN);
        assertEquals(State.NOT_OPER, m.state());
        m.fire(Event.OPEN);
        assertEquals(State.NOT_OPER, m.state(), "NOT_OPER is a dead end on mainline");
        for (State s : new State[] {State.IDLE, State.CP_PROCESSING, State.CP_PENDING}) {
            handlers.closeSucceeds = false;
            StateMachine c = machine(Profile.MAINLINE_6, s);
            c.fire(Event.CLOSE);
            assertEquals(State.NOT_OPER, c.state(), "failed close from " + s);
            StateMachine o = machine(Profile.MAINLINE_6, s);
            o.fire(Event.OPEN);
            assertEquals(State.NOT_OPER, o.state(), "OPEN in " + s + " is notoper");
        }
        StateMachine standby = machine(Profile.MAINLINE_6, State.STANDBY);
        standby.fire(Event.CLOSE);
        assertEquals(State.NOT_OPER, standby.state(), "CLOSE in STANDBY is notoper");
    }

    @Test
    void seedHasNoOpenEvent() {
        StateMachine m = machine(Profile.SEED_5_2, State.STANDBY);
        assertThrows(IllegalStateException.class, () -> m.fire(Event.OPEN));
        assertFalse(transitions.stream().anyMatch(t -> t.event() == Event.OPEN));
    }

    @Test
    void everyDispatchIsRecordedWithFromEventTo() {
        handlers.ioOutcome = IoRequestOutcome.startedOk();
        StateMachine m = machine(Profile.MAINLINE_6, State.STANDBY);
        m.fire(Event.OPEN);
        m.fire(Event.IO_REQ);
        m.fire(Event.INTERRUPT);
        m.set(State.IDLE, "io_work: channel program finished");
        assertEquals(List.of("STANDBY-OPEN->IDLE", "IDLE-IO_REQ->CP_PENDING", "CP_PENDING-INTERRUPT->CP_PENDING",
                "CP_PENDING-null->IDLE"), transitions.stream().map(t -> t.from() + "-" + t.event() + "->" + t.to()).toList());
    }

    private static final class ScriptedHandlers implements Handlers {
        IoRequestOutcome ioOutcome = IoRequestOutcome.startedOk();
        int asyncRetCode;
        boolean openSucceeds = true;
        boolean closeSucceeds = true;
        int asyncCalls, irqCalls, notOperCalls, disabledIrqCalls;

        @Override
        public IoRequestOutcome ioRequest() {
            return ioOutcome;
        }

        @Override
        public int asyncRequest() {
            asyncCalls++;
            return asyncRetCode;
        }

        @Override
        public void irq() {
            irqCalls++;
        }

        @Override
        public boolean open() {
            return openSucceeds;
        }

        @Override
        public boolean close() {
            return closeSucceeds;
        }

        @Override
        public void notOperational() {
            notOperCalls++;
        }

        @Override
        public void disabledInterrupt() {
            disabledIrqCalls++;
        }
    }
}
