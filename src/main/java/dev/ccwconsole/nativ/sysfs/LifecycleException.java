package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.nativ.ErrnoName;
import java.util.List;

/**
 * A lifecycle operation that stopped. {@link #done()} lists the writes that took effect before it stopped,
 * so nothing half-done goes unreported; {@link #failedStep()} is the write that was refused (null when the
 * operation was refused before writing anything) and {@link #errno()} the kernel's reason, or, for a refusal
 * before writing, the errno the kernel would give for it (ENOENT for a missing subchannel, EBUSY for an
 * online ccw device). {@link #file()} is the host path concerned in both cases.
 */
public final class LifecycleException extends RuntimeException {

    private final String operation;
    private final List<LifecycleStep> done;
    private final LifecycleStep failedStep;
    private final String file;
    private final int errno;
    private final String errnoName;

    /** The kernel refused a write. */
    public LifecycleException(String operation, List<LifecycleStep> done, LifecycleStep failedStep,
            SysfsWriteException cause) {
        super(operation + " failed: " + cause.getMessage() + doneText(done), cause);
        this.operation = operation;
        this.done = List.copyOf(done);
        this.failedStep = failedStep;
        this.file = failedStep.file();
        this.errno = cause.errno();
        this.errnoName = cause.errnoName();
    }

    /** Refused before any write, for a reason found in {@code file} (a host path). */
    public LifecycleException(String operation, String file, int errno, String reason) {
        super(operation + " refused: " + reason + "; nothing was written");
        this.operation = operation;
        this.done = List.of();
        this.failedStep = null;
        this.file = file;
        this.errno = errno;
        this.errnoName = ErrnoName.of(errno);
    }

    public String operation() {
        return operation;
    }

    public List<LifecycleStep> done() {
        return done;
    }

    public LifecycleStep failedStep() {
        return failedStep;
    }

    /** The errno of the refused write, or the one that stands for a refusal before writing. */
    public int errno() {
        return errno;
    }

    /** The host path the refusal concerns: the refused write's file, or what was found in sysfs. */
    public String file() {
        return file;
    }

    public String errnoName() {
        return errnoName;
    }

    private static String doneText(List<LifecycleStep> done) {
        if (done.isEmpty()) {
            return "; nothing was written before";
        }
        StringBuilder b = new StringBuilder("; already done: ");
        for (int i = 0; i < done.size(); i++) {
            LifecycleStep s = done.get(i);
            b.append(i == 0 ? "" : ", ").append(SysfsFormatException.quote(s.value())).append(" to ").append(s.file());
        }
        return b.toString();
    }
}
