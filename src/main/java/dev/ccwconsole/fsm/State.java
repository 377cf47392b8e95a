package dev.ccwconsole.fsm;

/** vfio-ccw FSM states with the kernel's numbering (spec §4.1). */
public enum State {
    NOT_OPER(0, "subchannel not operational"),
    STANDBY(1, "bound to vfio_ccw, no user"),
    IDLE(2, "open, enabled, no channel program in flight"),
    CP_PROCESSING(3, "a START request is being translated"),
    CP_PENDING(4, "START accepted (cc 0), waiting for the final interrupt");

    private final int kernelValue;
    private final String meaning;

    State(int kernelValue, String meaning) {
        this.kernelValue = kernelValue;
        this.meaning = meaning;
    }

    public int kernelValue() {
        return kernelValue;
    }

    public String meaning() {
        return meaning;
    }
}
