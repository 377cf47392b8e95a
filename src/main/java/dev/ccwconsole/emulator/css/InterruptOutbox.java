package dev.ccwconsole.emulator.css;

import java.util.ArrayDeque;

/**
 * Interruptions a subchannel has made but not yet handed to the host: queued under the subchannel's lock,
 * delivered after it is released, in order and by one thread at a time, so that the sink may take its own locks
 * (the emulated kernel's FSM) without a lock-order problem.
 *
 * <p>Threads: {@link #add} and {@link #clear} are called with the owning subchannel's monitor held;
 * {@link #deliver} must be called without it. This object's own monitor guards the queue.
 */
final class InterruptOutbox {

    private final ArrayDeque<byte[]> queue = new ArrayDeque<>(2);
    private InterruptSink sink = irb -> { };
    private boolean delivering;

    synchronized void attach(InterruptSink newSink) {
        sink = newSink == null ? irb -> { } : newSink;
    }

    synchronized void add(byte[] irb) {
        queue.add(irb);
    }

    synchronized void clear() {
        queue.clear();
    }

    /** Hands queued IRBs to the sink; returns at once if another thread is delivering (it takes ours too). */
    void deliver() {
        while (true) {
            byte[] irb;
            InterruptSink target;
            synchronized (this) {
                if (delivering || queue.isEmpty()) {
                    return;
                }
                delivering = true;
                irb = queue.poll();
                target = sink;
            }
            try {
                target.interrupt(irb);
            } finally {
                synchronized (this) {
                    delivering = false;
                }
            }
        }
    }
}
