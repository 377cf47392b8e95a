package dev.ccwconsole.device;

import java.util.List;

/**
 * What only the emulator can do: the hardware events and device behaviour a demo or a rehearsal of error
 * recovery needs. The native backend has none of this ({@link Host#emulatorControls()} is empty).
 */
public interface EmulatorControls {

    /** Service time of every later channel program on the subchannel's device. */
    void setLatency(String schid, ServiceTime serviceTime);

    ServiceTime latency(String schid);

    /** Injects a fault on the subchannel's device (see {@link Fault}). */
    void injectFault(String schid, Fault fault);

    /** Ends every injected fault on the subchannel's device (not operational, pending busy answers). */
    void clearFaults(String schid);

    /** A 3270 operator keystroke: types {@code text} into the field at the cursor and presses {@code aid}. */
    void pressKey(String schid, int aid, String text);

    /** Screen text of a 3270, one string per row; empty for other devices. */
    List<String> screen(String schid);
}
