package dev.ccwconsole.nativ;

/**
 * Flag values for the libc calls of {@link Libc}. All of them are the asm-generic values, which x86-64 and
 * s390x share (spec §2.2 lists O_RDWR, O_NONBLOCK, O_CLOEXEC, EFD_*, POLLIN as verified on x86-64).
 */
public final class LinuxConstants {

    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0x40;
    public static final int O_TRUNC = 0x200;
    public static final int O_NONBLOCK = 0x800;
    public static final int O_CLOEXEC = 0x80000;

    public static final int EFD_NONBLOCK = 0x800;
    public static final int EFD_CLOEXEC = 0x80000;

    public static final int MFD_CLOEXEC = 0x1;

    public static final int EPOLL_CLOEXEC = 0x80000;
    public static final int EPOLL_CTL_ADD = 1;
    public static final int EPOLL_CTL_DEL = 2;
    public static final int EPOLL_CTL_MOD = 3;
    public static final int EPOLLIN = 0x1;
    public static final int EPOLLERR = 0x8;
    public static final int EPOLLHUP = 0x10;

    public static final short POLLIN = 0x1;

    public static final int PROT_READ = 0x1;
    public static final int PROT_WRITE = 0x2;
    public static final int MAP_SHARED = 0x1;
    public static final int MAP_PRIVATE = 0x2;
    public static final int MAP_ANONYMOUS = 0x20;

    /** {@code FIONREAD} (generic {@code _IOR('T', 0x1B)}-era value 0x541B, same on x86-64 and s390x). */
    public static final long FIONREAD = 0x541B;

    private LinuxConstants() {
    }
}
