package dev.ccwconsole.service;

import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.Scsw;

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
    /** Set when the service writes HSCH/CSCH while this operation is current: a halt/clear IRB may then end it. */
    volatile boolean haltClearIssued;

    InFlightOperation(String id, String schid, int area, LaidOutProgram layout, long startNanos, String user) {
        this.id = id;
        this.schid = schid;
        this.area = area;
        this.layout = layout;
        this.startNanos = startNanos;
        this.user = user;
    }

    /**
     * Whether an IRB read from the one IRB slot can be this operation's (spec §3.6: the slot keeps only the
     * latest IRB and eventfd counts add up, so a wake-up may re-read an IRB an earlier operation, or a halt/clear
     * issued between two operations, left there). A start-function IRB must point into this program (the CCW
     * address is the last CCW executed + 8, or + 16 after status modifier); an IRB of a halt or clear alone must
     * come from a halt/clear issued while this operation was current.
     */
    boolean owns(Scsw scsw) {
        if (!scsw.fctl().contains(FunctionControl.START)) {
            return haltClearIssued;
        }
        List<Long> ccws = layout.ccwIovas();
        long first = ccws.get(0);
        long last = ccws.get(ccws.size() - 1);
        long address = Integer.toUnsignedLong(scsw.ccwAddress());
        return address >= first && address <= last + 16;
    }

    synchronized void add(IrqRecord irq) {
        interrupts.add(irq);
    }

    synchronized List<IrqRecord> interrupts() {
        return List.copyOf(interrupts);
    }
}
