package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.fsm.Event;
import dev.ccwconsole.fsm.State;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * The interrupt path of the emulated driver ({@code vfio_ccw_drv.c}, spec §3.6): the host interrupt raises FSM
 * INTERRUPT, whose handler (the top half) queues the IRB for the work item; the work item (the bottom half, on
 * the scheduler like the kernel's single-threaded workqueue) frees a finished program, copies the IRB into the
 * I/O region under the I/O mutex, sets IDLE and signals the IO eventfd.
 *
 * <p>Threads: {@link #hostInterrupt} is called by the channel subsystem one interrupt at a time per subchannel;
 * the queue is guarded by this object's monitor.
 */
final class InterruptWork {

    private static final String CAUSE_PROGRAM_FINISHED = "vfio_ccw_sch_io_todo: channel program finished";
    private static final String CAUSE_FINAL_INTERRUPT = "vfio_ccw_sch_io_todo: final interrupt";

    private final VfioCcwDriver driver;
    private final ArrayDeque<byte[]> work = new ArrayDeque<>(2);
    private byte[] arriving;

    InterruptWork(VfioCcwDriver driver) {
        this.driver = driver;
    }

    /** The host's I/O interruption for this subchannel, with the IRB TSCH stored (64 bytes). */
    void hostInterrupt(byte[] irb) {
        synchronized (this) {
            arriving = irb;
        }
        driver.fsm.fire(Event.INTERRUPT);
        synchronized (this) {
            arriving = null;
        }
    }

    /** {@code fsm_irq}: keep the IRB and queue the work item. Runs under the FSM lock. */
    void topHalf() {
        synchronized (this) {
            if (arriving == null) {
                return;
            }
            work.add(arriving);
        }
        driver.scheduler.schedule(this::bottomHalf, 0);
    }

    /** {@code vfio_ccw_sch_io_todo} (spec §3.6 steps 1-5). */
    private void bottomHalf() {
        byte[] irb;
        synchronized (this) {
            irb = work.poll();
        }
        if (irb == null) {
            return;
        }
        Scsw scsw = Scsw.decode(Arrays.copyOf(irb, Scsw.SIZE));
        boolean isFinal = scsw.isFinal();
        boolean solicited = scsw.isSolicited();
        boolean seed = driver.options.profile().idleOnAnyFinalInterrupt();
        boolean finished = false;
        if (solicited && isFinal && (seed || driver.fsm.state() == State.CP_PENDING)) {
            driver.freeProgram();
            finished = true;
        }
        // CCW-address back-translation (spec §3.6 step 2) is the identity here: the emulated channel runs the
        // caller's program in place, so the SCSW already holds the caller's IOVA.
        driver.ioMutex.lock();
        try {
            System.arraycopy(irb, 0, driver.buffers.io, IoRegion.IRB_OFFSET, IoRegion.IRB_DRIVER_WRITTEN);
            if (driver.options.interruptCopyNanos() > 0) {
                LockSupport.parkNanos(driver.options.interruptCopyNanos());
            }
        } finally {
            driver.ioMutex.unlock();
        }
        if (seed ? isFinal && driver.hasMdev() : finished) {
            driver.fsm.set(State.IDLE, finished ? CAUSE_PROGRAM_FINISHED : CAUSE_FINAL_INTERRUPT);
        }
        driver.signal(CcwIrqIndex.IO);
    }
}
