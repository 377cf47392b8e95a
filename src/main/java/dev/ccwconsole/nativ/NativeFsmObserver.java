package dev.ccwconsole.nativ;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.fsm.Event;
import dev.ccwconsole.fsm.JumpTable;
import dev.ccwconsole.fsm.Profile;
import dev.ccwconsole.fsm.State;
import dev.ccwconsole.fsm.Transition;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * A shadow of one subchannel's vfio-ccw FSM. The kernel does not export the state (spec §1.9 step 5), so it is
 * inferred from what the device fd shows (spec §4.5), assuming the mainline (6.0+) table of spec §4.3. Every
 * inferred kernel event becomes a {@link Transition} whose {@code cause} starts with {@code inferred:} and
 * says what was observed; where the observation fits more than one kernel state the cause says
 * {@code ambiguous} and names the alternative.
 *
 * <p>Threads: all methods are synchronized; the sink runs while this object's monitor is held and must not block
 * (the {@code Host.onTransition} contract).
 */
public final class NativeFsmObserver {

    private static final JumpTable MAINLINE = JumpTable.of(Profile.MAINLINE_6);
    private static final int SCSW_FC_BYTE = IoRegion.SCSW_OFFSET + 2;
    /** SCSW function control "start" in byte 2 of the SCSW (word 0 bit 17, spec §3.2). */
    private static final int FC_START_IN_BYTE = 0x40;

    private final String subchannel;
    private final Clock clock;
    private final Consumer<Transition> sink;
    private State state;
    private boolean interruptPendingAtStart;

    /** {@code initial}: STANDBY for a subchannel bound to vfio_ccw without an open mdev (spec §4.5). */
    public NativeFsmObserver(String subchannel, State initial, Clock clock, Consumer<Transition> sink) {
        this.subchannel = subchannel;
        this.state = initial;
        this.clock = clock;
        this.sink = sink;
    }

    public synchronized State state() {
        return state;
    }

    /** {@code VFIO_GROUP_GET_DEVICE_FD} (or cdev bind) succeeded: the driver's OPEN enabled the subchannel. */
    public synchronized void opened() {
        move(Event.OPEN, State.IDLE, 0, "inferred: device fd obtained (OPEN enables the subchannel)");
    }

    /** Getting the device fd failed; EINVAL means the FSM is (or ended in) NOT_OPER (spec §2.3 step 4, §4.5). */
    public synchronized void openRefused(int errno) {
        if (errno == Errno.EINVAL.number()) {
            move(Event.OPEN, State.NOT_OPER, -errno, "inferred: device open refused with EINVAL (FSM NOT_OPER)");
        }
    }

    /**
     * The result of a {@code pwrite} on the I/O region (spec §3.2): {@code result} is the count or -errno,
     * {@code data}/{@code position} what was written where, so a write whose SCSW names no function is told
     * apart from a START. {@code interruptPending}: the IO eventfd was already readable when the write was
     * accepted, so the next interrupt seen may belong to the previous program.
     */
    public synchronized void ioWrite(long result, byte[] data, int length, int position, boolean interruptPending) {
        if (result == -Errno.EAGAIN.number()) {
            return; // io_mutex trylock failed before the FSM ran: no event (spec §4.4)
        }
        int retCode = result >= 0 ? 0 : (int) result;
        if (result >= 0) {
            int fc = position <= SCSW_FC_BYTE && SCSW_FC_BYTE < position + length
                    ? data[SCSW_FC_BYTE - position] & 0xFF : -1;
            if (fc >= 0 && (fc & FC_START_IN_BYTE) == 0) {
                move(Event.IO_REQ, state, 0, "inferred: I/O write returned its count but the SCSW it wrote"
                        + " names no start function, so nothing was started");
                return;
            }
            interruptPendingAtStart = interruptPending;
            move(Event.IO_REQ, State.CP_PENDING, 0, fc >= 0
                    ? "inferred: I/O write with start function returned its count (SSCH cc 0)"
                    : "inferred: I/O write returned its count (ambiguous: the write did not cover the SCSW"
                            + " function control; assuming the merged SCSW asked for start)");
            return;
        }
        String errno = Errno.fromRetCode(retCode).map(Enum::name).orElse("errno " + -result);
        if (retCode == -Errno.EIO.number()) {
            move(Event.IO_REQ, State.NOT_OPER, retCode, "inferred: I/O write returned EIO (io_error: NOT_OPER;"
                    + " ambiguous: STANDBY on a 5.x kernel after a close)");
        } else if (retCode == -Errno.EBUSY.number() && state == State.CP_PENDING) {
            move(Event.IO_REQ, State.CP_PENDING, retCode, "inferred: EBUSY while a program is believed in flight"
                    + " (io_busy)");
        } else if (retCode == -Errno.EBUSY.number()) {
            move(Event.IO_REQ, State.IDLE, retCode, "inferred: EBUSY from IDLE (SSCH cc 1/2 or a program still"
                    + " held; ambiguous: io_busy in CP_PENDING if another user started I/O)");
        } else {
            move(Event.IO_REQ, State.IDLE, retCode, "inferred: I/O write returned " + errno
                    + "; io_request ends in IDLE on every error path");
        }
    }

    /** A write to a region other than the I/O region; only the async region's EIO says anything (spec §3.3). */
    public synchronized void otherRegionWrite(long result) {
        if (result == -Errno.EIO.number()) {
            move(Event.ASYNC_REQ, State.NOT_OPER, (int) result, "inferred: async command write returned EIO"
                    + " (async_error: NOT_OPER; ambiguous: STANDBY on a 5.x kernel after a close)");
        }
    }

    /**
     * The I/O region's IRB area (96 bytes at region offset 24) read right after the IO eventfd fired (spec §3.6):
     * a final, solicited IRB ends the program (IDLE); others leave the state.
     */
    public synchronized void interrupt(byte[] irbArea) {
        Scsw scsw;
        try {
            scsw = Scsw.decode(java.util.Arrays.copyOf(irbArea, Scsw.SIZE));
        } catch (RuntimeException e) {
            move(Event.INTERRUPT, state, 0, "inferred: interrupt with an undecodable SCSW (" + e.getMessage() + ")");
            return;
        }
        String ambiguity = interruptPendingAtStart
                ? " (ambiguous: an interrupt was already pending when the START was accepted; this IRB may belong"
                        + " to the previous program)"
                : "";
        interruptPendingAtStart = false;
        if (!scsw.isSolicited()) {
            move(Event.INTERRUPT, state, 0, "inferred: unsolicited interrupt (alert status only), state unchanged");
        } else if (!scsw.isFinal()) {
            move(Event.INTERRUPT, state, 0, "inferred: intermediate interrupt (device or subchannel still active)");
        } else if (state == State.CP_PENDING) {
            move(Event.INTERRUPT, State.IDLE, 0, "inferred: final solicited IRB after the IO eventfd" + ambiguity);
        } else {
            move(Event.INTERRUPT, state, 0, "inferred: final solicited IRB with no program believed in flight");
        }
    }

    /** {@code VFIO_DEVICE_RESET} returned 0: CLOSE then OPEN (spec §2.6). */
    public synchronized void reset() {
        close("inferred: VFIO_DEVICE_RESET returned 0 (CLOSE)");
        if (state == State.STANDBY) {
            move(Event.OPEN, State.IDLE, 0, "inferred: VFIO_DEVICE_RESET returned 0 (OPEN)");
        }
    }

    /** A successful DMA unmap while a program is believed in flight (spec §2.7). */
    public synchronized void dmaUnmapped() {
        if (state == State.CP_PENDING) {
            move(Event.CLOSE, State.STANDBY, 0, "inferred: DMA unmap while a program was believed in flight"
                    + " (ambiguous: the kernel resets only if the range covered its pinned pages)");
            move(Event.OPEN, State.IDLE, 0, "inferred: reopen after the DMA-unmap reset");
        }
    }

    /** The device fd was closed: CLOSE disables the subchannel (STANDBY); NOT_OPER stays (spec §4.3). */
    public synchronized void closed() {
        close("inferred: device fd closed (CLOSE disables the subchannel)");
    }

    private void close(String cause) {
        if (state == State.NOT_OPER) {
            move(Event.CLOSE, State.NOT_OPER, 0, cause + "; NOT_OPER is a dead end");
        } else {
            move(Event.CLOSE, State.STANDBY, 0, cause);
        }
    }

    private void move(Event event, State to, int retCode, String cause) {
        State from = state;
        state = to;
        sink.accept(new Transition(subchannel, from, event, MAINLINE.action(from, event).orElse(null), to, retCode,
                cause, clock.instant()));
    }
}
