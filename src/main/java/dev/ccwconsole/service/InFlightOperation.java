package dev.ccwconsole.service;

import dev.ccwconsole.cp.LaidOutProgram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A START the driver accepted, until its final interrupt: the memory area it owns, where its read data lies, every
 * IRB seen for it, and a future completed with the final one (on the interrupt thread).
 */
final class InFlightOperation {

    final String id;
    final String schid;
    final int area;
    final LaidOutProgram layout;
    final long startNanos;
    final String user;
    final CompletableFuture<OperationResult> finalIrq = new CompletableFuture<>();
    private final List<IrqRecord> interrupts = new ArrayList<>();

    InFlightOperation(String id, String schid, int area, LaidOutProgram layout, long startNanos, String user) {
        this.id = id;
        this.schid = schid;
        this.area = area;
        this.layout = layout;
        this.startNanos = startNanos;
        this.user = user;
    }

    synchronized void add(IrqRecord irq) {
        interrupts.add(irq);
    }

    synchronized List<IrqRecord> interrupts() {
        return List.copyOf(interrupts);
    }
}
