package dev.ccwconsole.service;

import dev.ccwconsole.cp.LaidOutProgram;

import dev.ccwconsole.abi.ConditionCode;
import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.GuestResult;
import dev.ccwconsole.abi.channel.ActivityControl;
import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.region.AsyncCommand;
import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.region.CmdRegion;
import dev.ccwconsole.abi.region.IoRegion;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * START, HALT and CLEAR SUBCHANNEL through the regions with QEMU's rules (spec §3.2, §3.3): the whole 124-byte I/O
 * region written with ORB and a start SCSW, bounded immediate retry on -EAGAIN, errno → condition code through
 * {@link ConditionCode}, halt/clear through the async region or emulated when it is absent (spec §7), and one start
 * function per subchannel at a time, checked on the service's own view first as QEMU checks the guest SCSW.
 */
@Singleton
public class IoOperations {

    private final Sessions sessions;
    private final ProgramCompiler compiler;
    private final InterruptPipeline pipeline;
    private final IoMetrics metrics;
    private final PipelineExecutor pipelineExecutor;
    private final int eagainRetries;
    private final int retryAfter;
    private final AtomicLong operationSeq = new AtomicLong();

    public IoOperations(Sessions sessions, ProgramCompiler compiler, InterruptPipeline pipeline, IoMetrics metrics,
            PipelineExecutor pipelineExecutor, CcwConfig config) {
        this.sessions = sessions;
        this.compiler = compiler;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.pipelineExecutor = pipelineExecutor;
        this.eagainRetries = Math.max(1, config.io().eagainRetries());
        this.retryAfter = config.io().retryAfterSeconds();
    }

    public StartResult start(String schid, ProgramRequest request, String user) {
        return startOperation(schid, request, user).result;
    }

    record Started(StartResult result, InFlightOperation op, DeviceSession session) {
    }

    Started startOperation(String schid, ProgramRequest request, String user) {
        DeviceSession s = sessions.require(schid);
        CompiledProgram program = compiler.compile(request);
        s.submitLock.lock();
        try {
            InFlightOperation running = s.current;
            int area = s.freeArea();
            if (running != null || area < 0) {
                metrics.instruction("ssch", "refused", 2);
                throw new KernelRefusalException("ssch", schid, Errno.EBUSY.retCode(), 2, true,
                        "a start function is in progress" + (running == null ? "" : " (operation " + running.id + ")")
                                + ": SSCH gets cc 2 without reaching the driver");
            }
            LaidOutProgram placed = ProgramPlacement.place(program, s.memory(), s.areaBase(area), s.areaSize());
            Scsw scsw = Scsw.builder().functionControl(FunctionControl.START)
                    .activityControl(ActivityControl.START_PENDING).build();
            byte[] region = IoRegion.startRequest(placed.orb().encode(), scsw.encode()).encode();
            InFlightOperation op = new InFlightOperation(schid + "-" + operationSeq.incrementAndGet(), schid, area,
                    placed, System.nanoTime(), user);
            // set before the write: the final interrupt may be handled before pwrite returns
            s.current = op;
            long[] retries = new long[1];
            long rc;
            try {
                rc = write(s, region, s.ioRegion().offset(), "ssch", retries);
            } catch (RetryLaterException e) {
                s.current = null;
                throw e;
            }
            if (rc == IoRegion.SIZE) {
                s.claimArea(area);
                metrics.instruction("ssch", "accepted", 0);
                return new Started(new StartResult(0, 0, op.id, retries[0]), op, s);
            }
            s.current = null;
            throw refusal("ssch", schid, ConditionCode.forStartResult((int) rc), (int) rc);
        } finally {
            s.submitLock.unlock();
        }
    }

    public HaltClearResult halt(String schid) {
        return haltOrClear(schid, AsyncCommand.HSCH);
    }

    public HaltClearResult clear(String schid) {
        return haltOrClear(schid, AsyncCommand.CSCH);
    }

    private HaltClearResult haltOrClear(String schid, AsyncCommand command) {
        DeviceSession s = sessions.require(schid);
        String name = command.name().toLowerCase(java.util.Locale.ROOT);
        Optional<RegionInfo> async = s.region(CcwRegion.ASYNC_CMD);
        InFlightOperation running = s.current;
        String opId = running == null ? null : running.id;
        if (async.isEmpty()) {
            emulate(s, command);
            metrics.instruction(name, "emulated", 0);
            return new HaltClearResult(0, 0, false, opId);
        }
        if (running != null) {
            running.haltClearIssued = true; // before the write: its interrupt may be handled before pwrite returns
        }
        long rc = write(s, CmdRegion.request(command).encode(), async.get().offset(), name, new long[1]);
        if (rc == CmdRegion.SIZE) {
            metrics.instruction(name, "accepted", 0);
            return new HaltClearResult(0, 0, true, opId);
        }
        GuestResult g = command == AsyncCommand.HSCH ? ConditionCode.forHaltResult((int) rc)
                : ConditionCode.forClearResult((int) rc);
        throw refusal(name, schid, g, (int) rc);
    }

    /** Spec §7.1: without the async region the host device is not touched; the status is synthesised. */
    private void emulate(DeviceSession s, AsyncCommand command) {
        s.submitLock.lock();
        try {
            InFlightOperation running = s.current;
            IrqRecord irq = HaltClearEmulation.synthesize(command, Optional.ofNullable(running));
            if (running != null) {
                // the kernel still holds and runs the program: keep its memory until the real final interrupt
                s.lingering = running;
                running.add(irq);
                s.current = null;
            }
            pipelineExecutor.execute(() -> {
                pipeline.publish(s, irq);
                if (running != null) {
                    pipeline.finish(s, running, irq);
                }
            });
        } finally {
            s.submitLock.unlock();
        }
    }

    /** pwrite with QEMU's immediate retry on -EAGAIN, bounded (spec §4.4). */
    private long write(DeviceSession s, byte[] bytes, long offset, String instruction, long[] retries) {
        for (int attempt = 1; attempt <= eagainRetries; attempt++) {
            long rc = s.device.pwrite(bytes, bytes.length, offset);
            if (rc != Errno.EAGAIN.retCode()) {
                return rc;
            }
            retries[0]++;
            metrics.eagainRetry(instruction);
            if (attempt % 16 == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        metrics.instruction(instruction, "retry_exhausted", null);
        throw new RetryLaterException(instruction, s.schid, eagainRetries, retryAfter);
    }

    private KernelRefusalException refusal(String instruction, String schid, GuestResult g, int rc) {
        Integer cc = g.conditionCode().filter(c -> !(g instanceof GuestResult.UnitException)).map(ConditionCode::value)
                .orElse(null);
        metrics.instruction(instruction, "refused", cc);
        int retCode = rc >= 0 ? Errno.EIO.retCode() : rc;
        return new KernelRefusalException(instruction, schid, retCode, cc, false,
                rc >= 0 ? "short write of " + rc + " bytes" : "QEMU would report: " + g.describe());
    }
}
