package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.nativ.ErrnoName;
import dev.ccwconsole.nativ.NativeCallException;

/**
 * A sysfs write the kernel (or the file system) refused: names the host path, the value and the errno, e.g.
 * {@code write "…" to /sys/…/create: EUSERS (87) Too many users}. The errno is the real one from
 * {@code open}/{@code write}, not a guess from a Java message (spec §1.4 lists what each file can return).
 */
public final class SysfsWriteException extends RuntimeException {

    private final String file;
    private final String value;
    private final NativeCallException failure;

    public SysfsWriteException(String file, String value, NativeCallException failure) {
        super("write " + SysfsFormatException.quote(value) + " to " + file + ": " + failure.call() + " failed with "
                + failure.errnoName() + " (" + failure.errno() + ") "
                + ErrnoName.describe(failure.errno()), failure);
        this.file = file;
        this.value = value;
        this.failure = failure;
    }

    /** Host path, e.g. {@code /sys/bus/mdev/devices/<uuid>/remove}. */
    public String file() {
        return file;
    }

    public String value() {
        return value;
    }

    public int errno() {
        return failure.errno();
    }

    public String errnoName() {
        return failure.errnoName();
    }

    /** The libc call that failed: {@code open} (no such attribute, no permission) or {@code write} (refusal). */
    public String call() {
        return failure.call();
    }
}
