package dev.ccwconsole.fsm;

/** vfio-ccw FSM events with the kernel's numbering (spec §4.1). OPEN and CLOSE exist from 6.0 on. */
public enum Event {
    NOT_OPER(0, "subchannel event with failing STSCH, failing open/close, shutdown"),
    IO_REQ(1, "write to the I/O region"),
    INTERRUPT(2, "host I/O interrupt for the subchannel"),
    ASYNC_REQ(3, "write to the async command region"),
    OPEN(4, "device open or reset"),
    CLOSE(5, "device close, reset or shutdown");

    private final int kernelValue;
    private final String raisedBy;

    Event(int kernelValue, String raisedBy) {
        this.kernelValue = kernelValue;
        this.raisedBy = raisedBy;
    }

    public int kernelValue() {
        return kernelValue;
    }

    public String raisedBy() {
        return raisedBy;
    }
}
