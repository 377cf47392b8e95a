package dev.ccwconsole.fsm;

import static dev.ccwconsole.fsm.Action.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel's {@code jumptable[state][event]} for one profile, transcribed cell by cell from spec §4.2 (seed)
 * and §4.3 (mainline). The seed table has no OPEN/CLOSE columns: those events do not exist there.
 */
public final class JumpTable {

    private final Profile profile;
    private final Map<State, Map<Event, Action>> cells = new EnumMap<>(State.class);

    private JumpTable(Profile profile) {
        this.profile = profile;
    }

    private static final JumpTable SEED = seed();
    private static final JumpTable MAINLINE = mainline();

    public static JumpTable of(Profile profile) {
        return profile == Profile.SEED_5_2 ? SEED : MAINLINE;
    }

    public Profile profile() {
        return profile;
    }

    /** The handler for a cell, or empty when the profile has no such event (OPEN/CLOSE on 5.2). */
    public Optional<Action> action(State state, Event event) {
        return Optional.ofNullable(cells.get(state).get(event));
    }

    public boolean supports(Event event) {
        return cells.get(State.IDLE).containsKey(event);
    }

    private JumpTable row(State state, Action notOper, Action ioReq, Action interrupt, Action asyncReq) {
        Map<Event, Action> row = new EnumMap<>(Event.class);
        row.put(Event.NOT_OPER, notOper);
        row.put(Event.IO_REQ, ioReq);
        row.put(Event.INTERRUPT, interrupt);
        row.put(Event.ASYNC_REQ, asyncReq);
        cells.put(state, row);
        return this;
    }

    private JumpTable withOpenClose(State state, Action open, Action close) {
        cells.get(state).put(Event.OPEN, open);
        cells.get(state).put(Event.CLOSE, close);
        return this;
    }

    private static JumpTable seed() {
        return new JumpTable(Profile.SEED_5_2)
                .row(State.NOT_OPER, NOP, IO_ERROR, DISABLED_IRQ, ASYNC_ERROR)
                .row(State.STANDBY, NOTOPER, IO_ERROR, IRQ, ASYNC_ERROR)
                .row(State.IDLE, NOTOPER, IO_REQUEST, IRQ, ASYNC_REQUEST)
                .row(State.CP_PROCESSING, NOTOPER, IO_RETRY, IRQ, ASYNC_RETRY)
                .row(State.CP_PENDING, NOTOPER, IO_BUSY, IRQ, ASYNC_REQUEST);
    }

    private static JumpTable mainline() {
        return new JumpTable(Profile.MAINLINE_6)
                .row(State.NOT_OPER, NOP, IO_ERROR, DISABLED_IRQ, ASYNC_ERROR)
                .row(State.STANDBY, NOTOPER, IO_ERROR, DISABLED_IRQ, ASYNC_ERROR)
                .row(State.IDLE, NOTOPER, IO_REQUEST, IRQ, ASYNC_REQUEST)
                .row(State.CP_PROCESSING, NOTOPER, IO_RETRY, IRQ, ASYNC_RETRY)
                .row(State.CP_PENDING, NOTOPER, IO_BUSY, IRQ, ASYNC_REQUEST)
                .withOpenClose(State.NOT_OPER, NOP, NOP)
                .withOpenClose(State.STANDBY, OPEN, NOTOPER)
                .withOpenClose(State.IDLE, NOTOPER, CLOSE)
                .withOpenClose(State.CP_PROCESSING, NOTOPER, CLOSE)
                .withOpenClose(State.CP_PENDING, NOTOPER, CLOSE);
    }
}
