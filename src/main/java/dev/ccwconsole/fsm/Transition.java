package dev.ccwconsole.fsm;

import java.time.Instant;

/**
 * One recorded FSM step: either a dispatched event (the state it met, the handler the table chose, the state
 * it left behind, the ret_code it stored) or a state change the kernel makes outside the jump table (the
 * interrupt bottom half setting IDLE, mdev create/remove in 5.x), which has no {@code event} and names its
 * {@code cause}.
 *
 * @param event  the dispatched event, or null for a change made outside the table
 * @param action the handler the table chose, or null for a change made outside the table
 * @param cause  the event name for dispatches; otherwise the kernel code path that made the change
 */
public record Transition(String subchannel, State from, Event event, Action action, State to, int retCode,
        String cause, Instant at) {

    public boolean changedState() {
        return from != to;
    }

    public boolean dispatched() {
        return event != null;
    }
}
