package dev.ccwconsole.abi;

import java.util.Optional;

/**
 * The errno values a vfio-ccw caller meets, with asm-generic numbering (identical on x86-64 and s390x,
 * spec §2.2) and what each one means in vfio-ccw terms (spec §3.2, §3.3, §4). A region write or ioctl that
 * fails reports {@code -errno} as its ret_code; {@link #fromRetCode(int)} maps that back.
 */
public enum Errno {
    EPERM(1, "operation not permitted: the DMA mapping lacks read/write permission for the pinned page"),
    ENOENT(2, "no such file or directory: the sysfs entry or device node does not exist"),
    EINTR(4, "interrupted system call: retry the call"),
    EIO(5, "I/O error: the subchannel is not operational or in STANDBY (FSM NOT_OPER/STANDBY)"),
    EBADF(9, "bad file descriptor: the eventfd or device fd is not valid"),
    EAGAIN(11, "retry: the I/O mutex was held or the FSM is in CP_PROCESSING"),
    ENOMEM(12, "out of memory: allocating or pinning for the channel program failed"),
    EACCES(13, "not operational with paths left (SSCH cc 3), or page pinning in a type-1 (v1) container"),
    EFAULT(14, "bad address: user memory behind the buffer or the DMA mapping is not accessible"),
    EBUSY(16, "subchannel busy or status pending (cc 1/2), or a channel program is still held"),
    EEXIST(17, "already exists: an mdev with this UUID was created before"),
    ENODEV(19, "no such device: the subchannel is not operational (cc 3, no path left)"),
    EINVAL(22, "invalid argument: bad argsz, index, offset, command, or an unmapped IOVA"),
    ENOTTY(25, "inappropriate ioctl: the request is not implemented for this fd"),
    ENOSPC(28, "no space left: no more mdev instances or IOVA space"),
    ENOSYS(38, "function not implemented"),
    EUSERS(87, "too many users: the subchannel already has its one mdev (6.1+ personality)"),
    EOPNOTSUPP(95, "not supported: transport mode, halt/clear through the I/O region, or an unsupported IDAW format");

    private final int number;
    private final String meaning;

    Errno(int number, String meaning) {
        this.number = number;
        this.meaning = meaning;
    }

    public int number() {
        return number;
    }

    /** Short meaning in vfio-ccw terms, for the UI and problem+json bodies. */
    public String meaning() {
        return meaning;
    }

    /** The ret_code a kernel handler stores for this errno: {@code -number}. */
    public int retCode() {
        return -number;
    }

    public static Optional<Errno> fromNumber(int number) {
        for (Errno e : values()) {
            if (e.number == number) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The errno of a negative ret_code; empty for 0, positive values and unknown numbers. */
    /** {@code EBUSY} for 16 (or -16); {@code errno 200} for a number without a name here. */
    public static String nameOf(int number) {
        return fromNumber(Math.abs(number)).map(Enum::name).orElse("errno " + Math.abs(number));
    }

    public static Optional<Errno> fromRetCode(int retCode) {
        return retCode < 0 ? fromNumber(-retCode) : Optional.empty();
    }

    /** One-line summary of a ret_code, e.g. {@code "-16 EBUSY (subchannel busy …)"} or {@code "0 (success)"}. */
    public static String describeRetCode(int retCode) {
        if (retCode == 0) {
            return "0 (success)";
        }
        if (retCode > 0) {
            return retCode + " (positive: not an errno)";
        }
        return fromRetCode(retCode)
                .map(e -> retCode + " " + e.name() + " (" + e.meaning + ")")
                .orElse(retCode + " (errno " + -(long) retCode + ", not known to vfio-ccw)");
    }

    public String describe() {
        return name() + " (" + number + "): " + meaning;
    }
}
