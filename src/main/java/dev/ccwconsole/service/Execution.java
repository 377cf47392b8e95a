package dev.ccwconsole.service;

import dev.ccwconsole.device.FsmSnapshot;
import dev.ccwconsole.device.Host;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code execute}: START, then wait for the final interrupt. On timeout the program is not left running: HALT is
 * issued, and CLEAR when no final interrupt follows the halt either; the error names the FSM state and what was done.
 *
 * <p>Threads: the caller's (worker) thread waits on the operation's future, which the pipeline thread completes.
 */
@Singleton
public class Execution {

    private final IoOperations io;
    private final Host host;
    private final long defaultTimeout;
    private final long maxTimeout;
    private final long terminationWait;

    public Execution(IoOperations io, Host host, CcwConfig config) {
        this.io = io;
        this.host = host;
        this.defaultTimeout = config.io().defaultTimeoutMs();
        this.maxTimeout = config.io().maxTimeoutMs();
        this.terminationWait = config.io().terminationWaitMs();
    }

    public OperationResult execute(String schid, ProgramRequest request, String user) {
        long timeout = request.timeoutMs() == null ? defaultTimeout : request.timeoutMs();
        if (timeout < 1 || timeout > maxTimeout) {
            throw InvalidRequestException.field("timeoutMs", "must be 1.." + maxTimeout + " ms, got " + timeout);
        }
        IoOperations.Started started = io.startOperation(schid, request, user);
        InFlightOperation op = started.op();
        try {
            return op.finalIrq.get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw terminate(schid, op, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw terminate(schid, op, timeout);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
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
