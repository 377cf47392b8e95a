package dev.ccwconsole.fsm;

/**
 * The run-time part of the handlers whose outcome the table cannot know. The emulator implements them with real
 * effects; the native backend's shadow FSM implements them from what it observed of the real kernel.
 */
public interface Handlers {

    /**
     * {@code fsm_io_request}, called in state CP_PROCESSING: act on the SCSW function of the written I/O
     * region (translate and start, refuse halt/clear, or do nothing when no function is named).
     */
    IoRequestOutcome ioRequest();

    /** {@code fsm_async_request}: HSCH/CSCH; returns the ret_code. */
    int asyncRequest();

    /** {@code fsm_irq}: take the interrupt (the bottom half runs later and may set IDLE itself). */
    void irq();

    /** {@code fsm_open}: enable the subchannel; false when it failed (the machine then goes NOT_OPER). */
    boolean open();

    /** {@code fsm_close}: disable (quiescing if needed) and free the program; false on failure. */
    boolean close();

    /** {@code fsm_notoper}: schedule unregistration, free the program. */
    void notOperational();

    /** {@code fsm_disabled_irq}: interrupt while disabled: disable again. */
    void disabledInterrupt();
}
