package dev.ccwconsole.service;

import dev.ccwconsole.cp.ReadBack;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.abi.channel.Crw;
import dev.ccwconsole.abi.channel.Irb;
import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.region.CrwRegion;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.vfio.CcwIrqIndex;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioIrqSet;
import dev.ccwconsole.device.InterruptSignal;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * IRQ → event (spec §3.6): an eventfd per IRQ index; on the IO eventfd the I/O region's IRB is read and attributed to
 * the running operation, on the CRW eventfd the CRW region is read until it is zero, on REQ the device is released.
 * Every result becomes an event of the {@link EventHub}.
 *
 * <p>Threads: every signal listener is given to the backend with {@link PipelineExecutor} as its executor, so the
 * backend submits wake-ups straight to it; everything here runs as its tasks, one at a time. One IO wake-up may
 * stand for several interrupts (eventfd counters add up, and the I/O region has a single IRB slot): like QEMU, the
 * pipeline reads the region once per wake-up.
 */
@Singleton
public class InterruptPipeline {

    private static final Logger LOG = Logger.getLogger(InterruptPipeline.class);
    /** A CRW storm bound per wake-up; the kernel re-signals while more are queued (spec §3.5). */
    private static final int MAX_CRWS_PER_WAKEUP = 64;

    private final PipelineExecutor pipelineExecutor;
    private final EventHub hub;
    private final IoMetrics metrics;

    public InterruptPipeline(PipelineExecutor pipelineExecutor, EventHub hub, IoMetrics metrics) {
        this.pipelineExecutor = pipelineExecutor;
        this.hub = hub;
        this.metrics = metrics;
    }

    /** Attaches IO, CRW (if the CRW region exists) and REQ (best effort) eventfds, as QEMU does (spec §2.3 step 7). */
    void attach(DeviceSession s, Consumer<DeviceSession> onRequest) {
        attach(s, CcwIrqIndex.IO, () -> onIo(s), true);
        if (s.info.numIrqs() > CcwIrqIndex.CRW.index() && s.region(CcwRegion.CRW).isPresent()) {
            attach(s, CcwIrqIndex.CRW, () -> onCrw(s), true);
        }
        if (s.info.numIrqs() > CcwIrqIndex.REQ.index()) {
            attach(s, CcwIrqIndex.REQ, () -> onRequest(s, onRequest), false);
        }
    }

    private void attach(DeviceSession s, CcwIrqIndex index, Runnable handler, boolean required) {
        InterruptSignal signal = s.device.createSignal();
        signal.onSignal(count -> {
            if (!s.closed) {
                handler.run();
            }
        }, pipelineExecutor);
        int rc = s.device.ioctl(VfioIoctl.DEVICE_SET_IRQS.request(), VfioIrqSet.attachEventfd(index, signal.fd()).encode());
        if (rc < 0) {
            signal.close();
            if (required) {
                throw new IllegalStateException("VFIO_DEVICE_SET_IRQS " + index + " on " + s.schid + ": "
                        + Errno.describeRetCode(rc));
            }
            LOG.warnf("no %s eventfd on %s: %s", index, s.schid, Errno.describeRetCode(rc));
            return;
        }
        s.signals.add(signal);
    }

    /** Detaches every eventfd (data -1, spec §2.3 step 9) and closes it. */
    void detach(DeviceSession s) {
        for (CcwIrqIndex index : CcwIrqIndex.values()) {
            if (index.index() < s.info.numIrqs()) {
                s.device.ioctl(VfioIoctl.DEVICE_SET_IRQS.request(), VfioIrqSet.detachEventfd(index).encode());
            }
        }
        s.signals.forEach(InterruptSignal::close);
        s.signals.clear();
    }

    /** Reads the I/O region's IRB area as it is now (reading consumes nothing, spec §3.2). */
    static IrqRecord readIrb(DeviceSession s) {
        byte[] region = new byte[IoRegion.SIZE];
        long rc = s.device.pread(region, region.length, s.ioRegion().offset());
        if (rc != IoRegion.SIZE) {
            throw new KernelRefusalException("read I/O region", s.schid, (int) Math.min(rc, 0), null, false,
                    "short read of " + rc + " bytes");
        }
        byte[] area = Arrays.copyOfRange(region, IoRegion.IRB_OFFSET, IoRegion.IRB_OFFSET + IoRegion.IRB_AREA_SIZE);
        try {
            return new IrqRecord(Optional.of(Irb.decode(area)), area, Optional.empty(), false, Optional.empty());
        } catch (MalformedStructureException | IllegalArgumentException e) {
            return new IrqRecord(Optional.empty(), area, Optional.empty(), false, Optional.of(e.getMessage()));
        }
    }

    private void onIo(DeviceSession s) {
        IrqRecord read = readIrb(s);
        boolean ends = read.isSolicited() && read.isFinal();
        InFlightOperation lingering = s.lingering;
        if (ends && lingering != null) {
            // the real end of a program whose halt/clear the service emulated (spec §7.1): its memory is free now
            s.lingering = null;
            publish(s, withOperation(read, lingering.id));
            return;
        }
        InFlightOperation op = s.current;
        if (op != null && read.isSolicited() && read.scsw().map(op::owns).orElse(false)) {
            IrqRecord mine = withOperation(read, op.id);
            op.add(mine);
            publish(s, mine);
            if (ends) {
                finish(s, op, mine);
            }
            return;
        }
        publish(s, read);
    }

    /** Completes an operation with a final interrupt (real, or synthesised by an emulated halt/clear). */
    void finish(DeviceSession s, InFlightOperation op, IrqRecord last) {
        List<OperationResult.ReadData> data = new ArrayList<>();
        for (ReadBack area : op.layout.reads()) {
            data.add(new OperationResult.ReadData(area.ccwIndex(), s.memory().read(area.iova(), area.length())));
        }
        long elapsedNanos = System.nanoTime() - op.startNanos;
        if (!last.synthesized()) {
            metrics.finalInterrupt(op.startNanos);
        }
        if (s.current == op) {
            s.current = null;
        }
        op.finalIrq.complete(new OperationResult(op.id, last, op.interrupts(), data, elapsedNanos / 1000));
    }

    void publish(DeviceSession s, IrqRecord irq) {
        s.lastIrq = irq;
        hub.publish(EventType.IRQ, s.schid, new IrqEvent(irq));
    }

    private static IrqRecord withOperation(IrqRecord r, String id) {
        return new IrqRecord(r.irb(), r.raw(), Optional.of(id), r.synthesized(), r.decodeError());
    }

    private void onCrw(DeviceSession s) {
        RegionInfo crwRegion = s.region(CcwRegion.CRW).orElseThrow();
        for (int i = 0; i < MAX_CRWS_PER_WAKEUP; i++) {
            byte[] buf = new byte[CrwRegion.SIZE];
            long rc = s.device.pread(buf, buf.length, crwRegion.offset());
            if (rc != CrwRegion.SIZE) {
                LOG.warnf("CRW region read on %s: %s", s.schid, Errno.describeRetCode((int) Math.min(rc, 0)));
                return;
            }
            CrwRegion region = CrwRegion.decode(buf);
            if (region.isEmpty()) {
                return;
            }
            hub.publish(EventType.CRW, s.schid, new CrwEvent(Crw.fromWord(region.crw()), region.crw()));
        }
    }

    private void onRequest(DeviceSession s, Consumer<DeviceSession> release) {
        hub.publish(EventType.REQ, s.schid, new ReqEvent(s.mdev, "released"));
        release.accept(s);
    }
}
