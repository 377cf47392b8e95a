package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;

/**
 * Why a channel program was refused: the errno the kernel returns, a human reason, the guest IOVA of the CCW
 * that caused it ({@link #ORB} when the ORB itself did) and the IOVA whose access failed (or {@link #NONE}).
 */
public record CpError(Errno errno, String reason, long ccwIova, long faultIova) {

    /** {@link #ccwIova()} when the ORB, not a CCW, is the cause. */
    public static final long ORB = -1;
    /** {@link #faultIova()} when no memory access failed. */
    public static final long NONE = -1;

    public String describe() {
        StringBuilder s = new StringBuilder(errno.name()).append(": ").append(reason);
        s.append(ccwIova == ORB ? " (ORB)" : String.format(" (CCW at 0x%08x)", ccwIova));
        if (faultIova != NONE) {
            s.append(String.format(", access at 0x%x failed", faultIova));
        }
        return s.toString();
    }
}
