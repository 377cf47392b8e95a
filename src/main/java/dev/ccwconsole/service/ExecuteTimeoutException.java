package dev.ccwconsole.service;

import java.util.List;
import java.util.Optional;

/**
 * {@code execute} saw no final interrupt in time. The service did not leave the program running: it issued HALT and,
 * if needed, CLEAR, and this says which, with what result, in which FSM state the subchannel was.
 *
 * @param fsmState     the FSM state when the timeout struck (e.g. CP_PENDING)
 * @param actions      what was done, in order, e.g. {@code "HSCH cc 0"}, {@code "CSCH cc 0"}
 * @param terminated   whether a final interrupt (of the halt or clear) arrived afterwards
 * @param interrupts   every IRB seen for the operation, including the halt/clear one
 */
public final class ExecuteTimeoutException extends RuntimeException {

    private final String schid;
    private final String operationId;
    private final long timeoutMs;
    private final String fsmState;
    private final List<String> actions;
    private final boolean terminated;
    private final List<IrqRecord> interrupts;

    public ExecuteTimeoutException(String schid, String operationId, long timeoutMs, String fsmState,
            List<String> actions, boolean terminated, List<IrqRecord> interrupts) {
        super("no final interrupt on " + schid + " within " + timeoutMs + " ms (FSM state " + fsmState + "); "
                + String.join(", ", actions) + (terminated ? "; the program is terminated" : "; no final interrupt after that either"));
        this.schid = schid;
        this.operationId = operationId;
        this.timeoutMs = timeoutMs;
        this.fsmState = fsmState;
        this.actions = List.copyOf(actions);
        this.terminated = terminated;
        this.interrupts = List.copyOf(interrupts);
    }

    public String schid() {
        return schid;
    }

    public String operationId() {
        return operationId;
    }

    public long timeoutMs() {
        return timeoutMs;
    }

    public String fsmState() {
        return fsmState;
    }

    public List<String> actions() {
        return actions;
    }

    public boolean terminated() {
        return terminated;
    }

    public List<IrqRecord> interrupts() {
        return interrupts;
    }

    public Optional<IrqRecord> lastInterrupt() {
        return interrupts.isEmpty() ? Optional.empty() : Optional.of(interrupts.get(interrupts.size() - 1));
    }
}
