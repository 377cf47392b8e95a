package dev.ccwconsole.nativ;

import com.sun.jna.Platform;

/**
 * Layout of {@code struct epoll_event { __u32 events; __u64 data; }}. The kernel declares it with
 * {@code EPOLL_PACKED}, which is {@code __attribute__((packed))} on x86-64 only: there it is 12 bytes with
 * {@code data} at offset 4; everywhere else (s390x, aarch64, ppc64le) it has natural alignment, 16 bytes with
 * {@code data} at offset 8 ({@code include/uapi/linux/eventpoll.h}). The layout is chosen from the JVM's
 * architecture instead of a JNA {@code Structure}, whose alignment rules would need per-platform overrides
 * anyway; fields are read in native byte order by {@link com.sun.jna.Pointer}.
 */
public record EpollEventLayout(int size, int dataOffset) {

    public static final int EVENTS_OFFSET = 0;

    private static final EpollEventLayout PACKED = new EpollEventLayout(12, 4);
    private static final EpollEventLayout NATURAL = new EpollEventLayout(16, 8);

    /** The layout for the architecture this JVM runs on. */
    public static EpollEventLayout current() {
        return forArch(Platform.ARCH);
    }

    /** The layout for a JNA architecture name ({@code x86-64}, {@code s390x}, {@code aarch64}, ...). */
    public static EpollEventLayout forArch(String jnaArch) {
        return "x86-64".equals(jnaArch) ? PACKED : NATURAL;
    }
}
