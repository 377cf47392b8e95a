package dev.ccwconsole.nativ;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The raw libc prototypes, bound with JNA direct mapping ({@link Native#register}): each call is a JNI
 * native method, without the reflection and proxy of interface mapping (spec §9.4).
 *
 * <p>Every method throws {@link LastErrorException}: JNA clears errno before the call and throws with the
 * errno of the call itself, on the calling thread, so nothing in between can overwrite it. glibc's system
 * call wrappers leave errno alone on success, so a successful call never throws.
 *
 * <p>{@code size_t}, {@code ssize_t} and {@code off_t} are {@code long}: both targets (x86-64 and s390x) are
 * LP64 with a 64-bit {@code off_t}, so {@code pread}/{@code pwrite} take the full offset and no
 * {@code pread64} is needed; the static initialiser refuses a 32-bit JVM rather than truncate. The ioctl
 * request is an {@code unsigned long}, also a {@code long} here. {@code open} is variadic in C; it is bound
 * with its three-argument form, which is how the mode argument is passed on both ABIs. Only {@link Libc}
 * calls these; it turns the exception into a {@link NativeCallException} naming the path or fd.
 */
final class LibcDirect {

    static {
        if (Native.LONG_SIZE != 8 || Native.POINTER_SIZE != 8) {
            throw new UnsupportedOperationException("the native backend needs a 64-bit (LP64) JVM, found long="
                    + Native.LONG_SIZE + " pointer=" + Native.POINTER_SIZE + " bytes");
        }
        Native.register(LibcDirect.class, Platform.C_LIBRARY_NAME);
    }

    private LibcDirect() {
    }

    static native int open(String path, int flags, int mode) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    static native int ioctl(int fd, long request, Pointer arg) throws LastErrorException;

    static native int ioctl(int fd, long request, long arg) throws LastErrorException;

    static native long read(int fd, Pointer buf, long count) throws LastErrorException;

    static native long write(int fd, Pointer buf, long count) throws LastErrorException;

    static native long pread(int fd, Pointer buf, long count, long offset) throws LastErrorException;

    static native long pwrite(int fd, Pointer buf, long count, long offset) throws LastErrorException;

    static native int pipe(int[] fds) throws LastErrorException;

    static native int eventfd(int initval, int flags) throws LastErrorException;

    static native int memfd_create(String name, int flags) throws LastErrorException;

    static native int epoll_create1(int flags) throws LastErrorException;

    static native int epoll_ctl(int epfd, int op, int fd, Pointer event) throws LastErrorException;

    static native int epoll_wait(int epfd, Pointer events, int maxevents, int timeout) throws LastErrorException;

    static native int poll(Pointer fds, long nfds, int timeout) throws LastErrorException;

    static native Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset)
            throws LastErrorException;

    static native int munmap(Pointer addr, long length) throws LastErrorException;

    static native int getpagesize();
}
