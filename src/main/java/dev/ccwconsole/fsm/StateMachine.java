package dev.ccwconsole.fsm;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One subchannel's vfio-ccw FSM: dispatches events through the profile's {@link JumpTable}, runs the handler and
 * records every step as a {@link Transition} before anyone can observe the new state.
 *
 * <p>Threads: every method is synchronized on this machine. Handlers run inside that lock, so they must not
 * block on anything that itself waits for this machine (the emulator's hardware runs on its own executor and
 * re-enters only through {@link #fire} or {@link #set} from there). The transition listener runs inside the
 * lock too: it must only hand the record on (e.g. append to a queue).
 */
public final class StateMachine {

    private final String subchannel;
    private final JumpTable table;
    private final Handlers handlers;
    private final Consumer<Transition> listener;
    private final Clock clock;
    private State state;

    public StateMachine(String subchannel, Profile profile, State initial, Handlers handlers,
            Consumer<Transition> listener, Clock clock) {
        this.subchannel = Objects.requireNonNull(subchannel);
        this.table = JumpTable.of(profile);
        this.handlers = Objects.requireNonNull(handlers);
        this.listener = Objects.requireNonNull(listener);
        this.clock = Objects.requireNonNull(clock);
        this.state = Objects.requireNonNull(initial);
    }

    public synchronized State state() {
        return state;
    }

    public Profile profile() {
        return table.profile();
    }

    /**
     * Dispatches an event and returns the ret_code its handler stored for the region it concerns (0 for events
     * that store none). Firing an event the profile does not have (OPEN/CLOSE on 5.2) is a programming error.
     */
    public synchronized int fire(Event event) {
        Action action = table.action(state, event).orElseThrow(() -> new IllegalStateException(
                "profile " + table.profile().label() + " has no FSM event " + event));
        State from = state;
        int retCode = run(action);
        record(from, event, action, retCode, event.name());
        return retCode;
    }

    /** A state change the kernel makes outside the jump table (bottom half, 5.x life cycle). */
    public synchronized void set(State next, String cause) {
        State from = state;
        state = next;
        record(from, null, null, 0, cause);
    }

    private int run(Action action) {
        switch (action) {
            case IO_REQUEST:
                return ioRequest();
            case ASYNC_REQUEST:
                return handlers.asyncRequest();
            case IRQ:
                handlers.irq();
                return 0;
            case OPEN:
                state = handlers.open() ? State.IDLE : State.NOT_OPER;
                return 0;
            case CLOSE:
                state = handlers.close() ? State.STANDBY : State.NOT_OPER;
                return 0;
            case NOTOPER:
                handlers.notOperational();
                state = State.NOT_OPER;
                return 0;
            case DISABLED_IRQ:
                handlers.disabledInterrupt();
                return 0;
            default:
                action.fixedNext().ifPresent(next -> state = next);
                return action.fixedRetCode();
        }
    }

    private int ioRequest() {
        state = State.CP_PROCESSING;
        IoRequestOutcome outcome = handlers.ioRequest();
        if (outcome.started()) {
            state = State.CP_PENDING;
        } else if (!table.profile().forcesIdleAfterFailedIoWrite()) {
            // 5.13+: every error path of fsm_io_request ends in IDLE (spec §4.3)
            state = State.IDLE;
        }
        // 5.2: the handler leaves CP_PROCESSING; the write handler applies its own rule (afterIoWrite)
        return outcome.retCode();
    }

    /**
     * The 5.2–5.12 write-handler rule applied after IO_REQ returned: IDLE whenever ret_code is non-zero, whatever
     * the state (spec §4.2). A no-op for mainline profiles.
     */
    public synchronized void afterIoWrite(int retCode) {
        if (table.profile().forcesIdleAfterFailedIoWrite() && retCode != 0) {
            set(State.IDLE, "vfio_ccw_mdev_write_io_region: ret_code " + retCode + " forces IDLE");
        }
    }

    private void record(State from, Event event, Action action, int retCode, String cause) {
        listener.accept(new Transition(subchannel, from, event, action, state, retCode, cause, clock.instant()));
    }
}
