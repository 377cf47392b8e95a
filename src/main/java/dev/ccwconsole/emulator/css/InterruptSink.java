package dev.ccwconsole.emulator.css;

/**
 * The host's I/O interruption handler for one subchannel. The host does TEST SUBCHANNEL at once (spec §9.2 step
 * 8), so the IRB it receives is the one TSCH stored, and the subchannel is no longer status pending.
 *
 * <p>Threads: called outside the subchannel's lock, in the order the interrupts were made, one at a time per
 * subchannel.
 */
@FunctionalInterface
public interface InterruptSink {
    void interrupt(byte[] irb);
}
