package dev.ccwconsole.device;

import dev.ccwconsole.abi.Errno;

/**
 * A refusal from the host (kernel or emulator): which operation, on which file or object, with which errno.
 * Host operations throw it; region and ioctl calls instead return negative errnos as the syscalls do.
 */
public final class DeviceException extends RuntimeException {

    private final String operation;
    private final String target;
    private final int errno;

    public DeviceException(String operation, String target, int errno, String detail) {
        super(operation + " " + target + " failed: " + Errno.nameOf(errno) + " (" + errno + ")"
                + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.operation = operation;
        this.target = target;
        this.errno = errno;
    }

    public String operation() {
        return operation;
    }

    /** The file or object the operation concerned, e.g. a sysfs path or an mdev UUID. */
    public String target() {
        return target;
    }

    /** The positive errno number (EBUSY = 16, ...). */
    public int errno() {
        return errno;
    }
}
