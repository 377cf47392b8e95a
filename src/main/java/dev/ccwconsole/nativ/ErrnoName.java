package dev.ccwconsole.nativ;

import dev.ccwconsole.abi.Errno;
import java.util.Map;

/**
 * Names and glibc {@code strerror} texts of the errno values a native call can report. Names come from the
 * shared {@link Errno} (asm-generic numbering, identical on x86-64 and s390x, spec §2.2); this class adds
 * only what that enum has no reason to carry: the numbers a libc call meets outside vfio-ccw (ENOTDIR,
 * EROFS, EMFILE, ...) and the strerror text of every number, for messages. Callers compare against
 * {@code Errno.X.number()} or the constants here for the numbers {@link Errno} lacks.
 */
public final class ErrnoName {

    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EROFS = 30;

    /** Names {@link Errno} does not have. */
    private static final Map<Integer, String> OTHER_NAMES = Map.ofEntries(
            Map.entry(3, "ESRCH"), Map.entry(6, "ENXIO"), Map.entry(7, "E2BIG"), Map.entry(18, "EXDEV"),
            Map.entry(ENOTDIR, "ENOTDIR"), Map.entry(EISDIR, "EISDIR"), Map.entry(23, "ENFILE"),
            Map.entry(24, "EMFILE"), Map.entry(26, "ETXTBSY"), Map.entry(27, "EFBIG"), Map.entry(29, "ESPIPE"),
            Map.entry(EROFS, "EROFS"), Map.entry(32, "EPIPE"), Map.entry(34, "ERANGE"),
            Map.entry(36, "ENAMETOOLONG"), Map.entry(40, "ELOOP"), Map.entry(75, "EOVERFLOW"),
            Map.entry(110, "ETIMEDOUT"), Map.entry(125, "ECANCELED"));

    private static final Map<Integer, String> STRERROR = Map.ofEntries(
            Map.entry(1, "Operation not permitted"), Map.entry(2, "No such file or directory"),
            Map.entry(3, "No such process"), Map.entry(4, "Interrupted system call"),
            Map.entry(5, "Input/output error"), Map.entry(6, "No such device or address"),
            Map.entry(7, "Argument list too long"), Map.entry(9, "Bad file descriptor"),
            Map.entry(11, "Resource temporarily unavailable"), Map.entry(12, "Cannot allocate memory"),
            Map.entry(13, "Permission denied"), Map.entry(14, "Bad address"),
            Map.entry(16, "Device or resource busy"), Map.entry(17, "File exists"),
            Map.entry(18, "Invalid cross-device link"), Map.entry(19, "No such device"),
            Map.entry(20, "Not a directory"), Map.entry(21, "Is a directory"), Map.entry(22, "Invalid argument"),
            Map.entry(23, "Too many open files in system"), Map.entry(24, "Too many open files"),
            Map.entry(25, "Inappropriate ioctl for device"), Map.entry(26, "Text file busy"),
            Map.entry(27, "File too large"), Map.entry(28, "No space left on device"),
            Map.entry(29, "Illegal seek"), Map.entry(30, "Read-only file system"), Map.entry(32, "Broken pipe"),
            Map.entry(34, "Numerical result out of range"), Map.entry(36, "File name too long"),
            Map.entry(38, "Function not implemented"), Map.entry(40, "Too many levels of symbolic links"),
            Map.entry(75, "Value too large for defined data type"), Map.entry(87, "Too many users"),
            Map.entry(95, "Operation not supported"), Map.entry(110, "Connection timed out"),
            Map.entry(125, "Operation canceled"));

    private ErrnoName() {
    }

    /** The symbolic name, e.g. {@code EBUSY}; {@code errno 123} for numbers neither table knows. */
    public static String of(int errno) {
        return Errno.fromNumber(errno).map(Enum::name)
                .orElseGet(() -> OTHER_NAMES.getOrDefault(errno, "errno " + errno));
    }

    /** The glibc {@code strerror} text for the numbers in the table, else {@code Unknown error N}. */
    public static String describe(int errno) {
        return STRERROR.getOrDefault(errno, "Unknown error " + errno);
    }
}
