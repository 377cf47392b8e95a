package dev.ccwconsole.service;

import dev.ccwconsole.device.FsmSnapshot;
import dev.ccwconsole.device.Host;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code execute}: START, then the final interrupt. On timeout the program is not left running: HALT is issued, and
 * CLEAR when no final interrupt follows the halt either; the error names the FSM state and what was done.
 *
 * <p>Threads: {@link #executeAsync} issues the START on the caller's thread and returns; a task of the interrupt
 * pipeline ({@link PipelineExecutor}: on the caller's event loop for a zero-latency emulated device, else on
 * {@code ccw-interrupts}) completes the returned future with the final interrupt, so nobody waits for the device.
 * The timer thread only decides that time is up ({@link Deadlines}: up to one 5 ms tick late); the halt/clear and
 * its wait run on a termination thread. Whichever of "final interrupt" and "time is up" comes first decides the outcome, once.
 */
@Singleton
public class Execution {

    private final IoOperations io;
    private final Host host;
    private final long defaultTimeout;
    private final long maxTimeout;
    private final long terminationWait;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("ccw-execute-timer"));
    private final Deadlines deadlines = new Deadlines(timer, 5, TimeUnit.MILLISECONDS);
    private final ExecutorService terminations = Executors.newCachedThreadPool(daemon("ccw-execute-terminate"));

    public Execution(IoOperations io, Host host, CcwConfig config) {
        this.io = io;
        this.host = host;
        this.defaultTimeout = config.io().defaultTimeoutMs();
        this.maxTimeout = config.io().maxTimeoutMs();
        this.terminationWait = config.io().terminationWaitMs();
    }

    /** Blocking form, for callers on their own thread (startup identification). */
    public OperationResult execute(String schid, ProgramRequest request, String user) {
        try {
            return executeAsync(schid, request, user).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + schid, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Starts the program now (refusals are thrown here, on the caller's thread) and returns the future of its final
     * interrupt, or of an {@link ExecuteTimeoutException} once the program was halted or cleared.
     */
    public CompletableFuture<OperationResult> executeAsync(String schid, ProgramRequest request, String user) {
        long timeout = request.timeoutMs() == null ? defaultTimeout : request.timeoutMs();
        if (timeout < 1 || timeout > maxTimeout) {
            throw InvalidRequestException.field("timeoutMs", "must be 1.." + maxTimeout + " ms, got " + timeout);
        }
        InFlightOperation op = io.startOperation(schid, request, user).op();
        CompletableFuture<OperationResult> outcome = new CompletableFuture<>();
        // the deadline and the final interrupt race for the entry in Deadlines: the winner decides, once
        Deadlines.Deadline deadline = deadlines.add(timeout, () ->
                terminations.execute(() -> outcome.completeExceptionally(terminate(schid, op, timeout))));
        op.finalIrq.whenComplete((result, error) -> {
            if (deadline.cancel()) {
                if (error == null) {
                    outcome.complete(result);
                } else {
                    outcome.completeExceptionally(error);
                }
            }
        });
        return outcome;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        terminations.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private ExecuteTimeoutException terminate(String schid, InFlightOperation op, long timeout) {
        String state = host.fsm(schid).map(FsmSnapshot::state).map(Enum::name).orElse("unknown");
        List<String> actions = new ArrayList<>();
        boolean done = tryTerminate("HSCH", () -> io.halt(schid), op, actions)
                || tryTerminate("CSCH", () -> io.clear(schid), op, actions);
        return new ExecuteTimeoutException(schid, op.id, timeout, state, actions, done, op.interrupts());
    }

    private boolean tryTerminate(String name, java.util.function.Supplier<HaltClearResult> action, InFlightOperation op,
            List<String> actions) {
        if (op.finalIrq.isDone()) {
            return true;
        }
        try {
            HaltClearResult r = action.get();
            actions.add(name + " cc " + r.cc() + (r.viaAsyncRegion() ? " (async region)" : " (emulated)"));
        } catch (KernelRefusalException e) {
            actions.add(name + " refused: " + e.getMessage());
            return false;
        } catch (RetryLaterException e) {
            actions.add(name + " not issued: " + e.getMessage());
            return false;
        }
        try {
            op.finalIrq.get(terminationWait, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return op.finalIrq.isDone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
