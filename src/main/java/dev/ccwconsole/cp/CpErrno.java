package dev.ccwconsole.cp;

/**
 * The kernel errors channel-program translation can end with (spec §2.7, §6.1), named as the kernel names them
 * so the service can map them onto its one error vocabulary by name. Values are Linux's (positive).
 */
public enum CpErrno {
    EPERM(1, "operation not permitted: a mapping lacks read or write permission"),
    ENOMEM(12, "out of memory"),
    EFAULT(14, "bad address"),
    EBUSY(16, "a channel program is already held"),
    EINVAL(22, "invalid argument"),
    EOPNOTSUPP(95, "operation not supported");

    private final int value;
    private final String label;

    CpErrno(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }
}
