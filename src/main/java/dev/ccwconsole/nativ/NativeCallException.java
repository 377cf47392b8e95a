package dev.ccwconsole.nativ;

/**
 * The one exception every libc call of this package throws: the errno, its symbolic name, the call and the
 * path or file descriptor it concerned. Message form: {@code open(/dev/vfio/7): EACCES (13) Permission denied}.
 * Callers branch on {@link #errno()}, never on the message.
 */
public final class NativeCallException extends RuntimeException {

    private final int errno;
    private final String call;
    private final String target;

    public NativeCallException(int errno, String call, String target) {
        super(call + "(" + target + "): " + ErrnoName.of(errno) + " (" + errno + ") " + ErrnoName.describe(errno));
        this.errno = errno;
        this.call = call;
        this.target = target;
    }

    public int errno() {
        return errno;
    }

    /** Symbolic name such as {@code EUSERS}. */
    public String errnoName() {
        return ErrnoName.of(errno);
    }

    /** The libc function, e.g. {@code ioctl}. */
    public String call() {
        return call;
    }

    /** The path, or {@code fd N}, the call was made on. */
    public String target() {
        return target;
    }
}
