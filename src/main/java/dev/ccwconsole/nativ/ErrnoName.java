package dev.ccwconsole.nativ;

import java.util.Map;

/**
 * Names and short descriptions of the Linux errno values a native call can report. The numbers are the
 * asm-generic ones, identical on x86-64 and s390x (spec §2.2), so one table serves the development machine
 * and the target host. Kept local to {@code nativ} on purpose: this package must not depend on the error
 * vocabulary the service builds on top of it.
 */
public final class ErrnoName {

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOTTY = 25;
    public static final int ENOSPC = 28;
    public static final int EROFS = 30;
    public static final int ENOSYS = 38;
    public static final int EUSERS = 87;
    public static final int EOPNOTSUPP = 95;

    private record Entry(String name, String description) {
    }

    private static final Map<Integer, Entry> TABLE = Map.ofEntries(
            Map.entry(EPERM, new Entry("EPERM", "Operation not permitted")),
            Map.entry(ENOENT, new Entry("ENOENT", "No such file or directory")),
            Map.entry(3, new Entry("ESRCH", "No such process")),
            Map.entry(EINTR, new Entry("EINTR", "Interrupted system call")),
            Map.entry(EIO, new Entry("EIO", "Input/output error")),
            Map.entry(6, new Entry("ENXIO", "No such device or address")),
            Map.entry(7, new Entry("E2BIG", "Argument list too long")),
            Map.entry(EBADF, new Entry("EBADF", "Bad file descriptor")),
            Map.entry(EAGAIN, new Entry("EAGAIN", "Resource temporarily unavailable")),
            Map.entry(ENOMEM, new Entry("ENOMEM", "Cannot allocate memory")),
            Map.entry(EACCES, new Entry("EACCES", "Permission denied")),
            Map.entry(EFAULT, new Entry("EFAULT", "Bad address")),
            Map.entry(EBUSY, new Entry("EBUSY", "Device or resource busy")),
            Map.entry(EEXIST, new Entry("EEXIST", "File exists")),
            Map.entry(18, new Entry("EXDEV", "Invalid cross-device link")),
            Map.entry(ENODEV, new Entry("ENODEV", "No such device")),
            Map.entry(ENOTDIR, new Entry("ENOTDIR", "Not a directory")),
            Map.entry(EISDIR, new Entry("EISDIR", "Is a directory")),
            Map.entry(EINVAL, new Entry("EINVAL", "Invalid argument")),
            Map.entry(23, new Entry("ENFILE", "Too many open files in system")),
            Map.entry(24, new Entry("EMFILE", "Too many open files")),
            Map.entry(ENOTTY, new Entry("ENOTTY", "Inappropriate ioctl for device")),
            Map.entry(26, new Entry("ETXTBSY", "Text file busy")),
            Map.entry(27, new Entry("EFBIG", "File too large")),
            Map.entry(ENOSPC, new Entry("ENOSPC", "No space left on device")),
            Map.entry(29, new Entry("ESPIPE", "Illegal seek")),
            Map.entry(EROFS, new Entry("EROFS", "Read-only file system")),
            Map.entry(32, new Entry("EPIPE", "Broken pipe")),
            Map.entry(34, new Entry("ERANGE", "Numerical result out of range")),
            Map.entry(36, new Entry("ENAMETOOLONG", "File name too long")),
            Map.entry(ENOSYS, new Entry("ENOSYS", "Function not implemented")),
            Map.entry(40, new Entry("ELOOP", "Too many levels of symbolic links")),
            Map.entry(75, new Entry("EOVERFLOW", "Value too large for defined data type")),
            Map.entry(EUSERS, new Entry("EUSERS", "Too many users")),
            Map.entry(EOPNOTSUPP, new Entry("EOPNOTSUPP", "Operation not supported")),
            Map.entry(110, new Entry("ETIMEDOUT", "Connection timed out")),
            Map.entry(125, new Entry("ECANCELED", "Operation canceled")));

    private ErrnoName() {
    }

    /** The symbolic name, e.g. {@code EBUSY}; {@code errno 123} for numbers outside the table. */
    public static String of(int errno) {
        Entry e = TABLE.get(errno);
        return e != null ? e.name() : "errno " + errno;
    }

    /** The glibc {@code strerror} text for the numbers in the table, else {@code Unknown error N}. */
    public static String describe(int errno) {
        Entry e = TABLE.get(errno);
        return e != null ? e.description() : "Unknown error " + errno;
    }
}
