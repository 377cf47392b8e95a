package dev.ccwconsole.nativ;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Safe Java signatures over {@link LibcDirect}. Every failure is a {@link NativeCallException} carrying the
 * errno, the call name and the path ({@code open}) or {@code fd N} it concerned. Return values are those of
 * libc (byte counts, new fds); -1 never escapes.
 *
 * <p>{@link ByteBuffer} arguments: a direct buffer is passed by address (no copy); a heap buffer goes through
 * a temporary native copy. Reads and writes use {@code position()..limit()} and advance the position by the
 * bytes transferred, like a {@link java.nio.channels.FileChannel}.
 */
public final class Libc {

    private Libc() {
    }

    public static int open(String path, int flags) {
        try {
            return LibcDirect.open(path, flags, 0);
        } catch (LastErrorException e) {
            throw failure(e, "open", path);
        }
    }

    public static void close(int fd) {
        try {
            LibcDirect.close(fd);
        } catch (LastErrorException e) {
            throw failure(e, "close", fd);
        }
    }

    /** ioctl with a pointer argument (struct in/out); returns the ioctl's non-negative result. */
    public static int ioctl(int fd, long request, Pointer arg) {
        try {
            return LibcDirect.ioctl(fd, request, arg);
        } catch (LastErrorException e) {
            throw failure(e, "ioctl", fd);
        }
    }

    /**
     * ioctl on a struct held in {@code arg} between position and limit: the bytes go to the kernel and what
     * the kernel writes back lands in the same range (the position does not move).
     */
    public static int ioctl(int fd, long request, ByteBuffer arg) {
        NativeBuffer nb = NativeBuffer.of(arg, true);
        int result = ioctl(fd, request, nb.pointer());
        nb.copyBack(arg, arg.remaining());
        return result;
    }

    /** ioctl whose argument is a NUL-terminated string, e.g. {@code VFIO_GROUP_GET_DEVICE_FD} (spec §2.2). */
    public static int ioctl(int fd, long request, String arg) {
        byte[] bytes = arg.getBytes(StandardCharsets.US_ASCII);
        Memory m = new Memory(bytes.length + 1L);
        m.write(0, bytes, 0, bytes.length);
        m.setByte(bytes.length, (byte) 0);
        return ioctl(fd, request, m);
    }

    /** ioctl with an integer passed by value, e.g. {@code VFIO_CHECK_EXTENSION}, {@code VFIO_SET_IOMMU}. */
    public static int ioctlValue(int fd, long request, long value) {
        try {
            return LibcDirect.ioctl(fd, request, value);
        } catch (LastErrorException e) {
            throw failure(e, "ioctl", fd);
        }
    }

    public static long read(int fd, Pointer buf, long count) {
        try {
            return LibcDirect.read(fd, buf, count);
        } catch (LastErrorException e) {
            throw failure(e, "read", fd);
        }
    }

    public static long read(int fd, ByteBuffer dst) {
        NativeBuffer nb = NativeBuffer.of(dst, false);
        long n = read(fd, nb.pointer(), dst.remaining());
        nb.copyBack(dst, (int) n);
        dst.position(dst.position() + (int) n);
        return n;
    }

    public static long write(int fd, Pointer buf, long count) {
        try {
            return LibcDirect.write(fd, buf, count);
        } catch (LastErrorException e) {
            throw failure(e, "write", fd);
        }
    }

    public static long write(int fd, ByteBuffer src) {
        NativeBuffer nb = NativeBuffer.of(src, true);
        long n = write(fd, nb.pointer(), src.remaining());
        src.position(src.position() + (int) n);
        return n;
    }

    /** pread with a 64-bit offset, e.g. a VFIO region offset (spec §3.1). */
    public static long pread(int fd, Pointer buf, long count, long offset) {
        try {
            return LibcDirect.pread(fd, buf, count, offset);
        } catch (LastErrorException e) {
            throw failure(e, "pread", fd);
        }
    }

    public static long pread(int fd, ByteBuffer dst, long offset) {
        NativeBuffer nb = NativeBuffer.of(dst, false);
        long n = pread(fd, nb.pointer(), dst.remaining(), offset);
        nb.copyBack(dst, (int) n);
        dst.position(dst.position() + (int) n);
        return n;
    }

    public static long pwrite(int fd, Pointer buf, long count, long offset) {
        try {
            return LibcDirect.pwrite(fd, buf, count, offset);
        } catch (LastErrorException e) {
            throw failure(e, "pwrite", fd);
        }
    }

    public static long pwrite(int fd, ByteBuffer src, long offset) {
        NativeBuffer nb = NativeBuffer.of(src, true);
        long n = pwrite(fd, nb.pointer(), src.remaining(), offset);
        src.position(src.position() + (int) n);
        return n;
    }

    /** A pipe as {@code [readFd, writeFd]}. */
    public static int[] pipe() {
        int[] fds = new int[2];
        try {
            LibcDirect.pipe(fds);
        } catch (LastErrorException e) {
            throw failure(e, "pipe", "-");
        }
        return fds;
    }

    public static int eventfd(int initialValue, int flags) {
        try {
            return LibcDirect.eventfd(initialValue, flags);
        } catch (LastErrorException e) {
            throw failure(e, "eventfd", "-");
        }
    }

    /** An anonymous in-memory file; a stand-in for a VFIO device fd in tests of offset-based I/O. */
    public static int memfdCreate(String name, int flags) {
        try {
            return LibcDirect.memfd_create(name, flags);
        } catch (LastErrorException e) {
            throw failure(e, "memfd_create", name);
        }
    }

    public static int epollCreate1(int flags) {
        try {
            return LibcDirect.epoll_create1(flags);
        } catch (LastErrorException e) {
            throw failure(e, "epoll_create1", "-");
        }
    }

    public static void epollCtl(int epfd, int op, int fd, Pointer event) {
        try {
            LibcDirect.epoll_ctl(epfd, op, fd, event);
        } catch (LastErrorException e) {
            throw failure(e, "epoll_ctl", "fd " + fd + " on epoll fd " + epfd);
        }
    }

    /** Returns the number of ready events written to {@code events}; EINTR surfaces as an exception. */
    public static int epollWait(int epfd, Pointer events, int maxEvents, int timeoutMillis) {
        try {
            return LibcDirect.epoll_wait(epfd, events, maxEvents, timeoutMillis);
        } catch (LastErrorException e) {
            throw failure(e, "epoll_wait", epfd);
        }
    }

    /**
     * Waits until {@code fd} is readable. {@code struct pollfd} is {@code int fd; short events; short
     * revents}, 8 bytes on both targets (spec §9.4). Returns whether POLLIN was reported.
     */
    public static boolean pollIn(int fd, int timeoutMillis) {
        Memory pollfd = new Memory(8);
        pollfd.setInt(0, fd);
        pollfd.setShort(4, LinuxConstants.POLLIN);
        pollfd.setShort(6, (short) 0);
        int ready;
        try {
            ready = LibcDirect.poll(pollfd, 1, timeoutMillis);
        } catch (LastErrorException e) {
            throw failure(e, "poll", fd);
        }
        return ready > 0 && (pollfd.getShort(6) & LinuxConstants.POLLIN) != 0;
    }

    /** mmap; returns the mapping's address. MAP_FAILED comes back as an exception, never as a pointer. */
    public static Pointer mmap(long length, int prot, int flags, int fd, long offset) {
        try {
            return LibcDirect.mmap(null, length, prot, flags, fd, offset);
        } catch (LastErrorException e) {
            throw failure(e, "mmap", fd < 0 ? "anonymous, " + length + " bytes" : "fd " + fd);
        }
    }

    public static void munmap(Pointer address, long length) {
        try {
            LibcDirect.munmap(address, length);
        } catch (LastErrorException e) {
            throw failure(e, "munmap", "0x" + Long.toHexString(Pointer.nativeValue(address)));
        }
    }

    public static int pageSize() {
        return LibcDirect.getpagesize();
    }

    private static NativeCallException failure(LastErrorException e, String call, int fd) {
        return failure(e, call, "fd " + fd);
    }

    private static NativeCallException failure(LastErrorException e, String call, String target) {
        return new NativeCallException(e.getErrorCode(), call, target);
    }

    /** A native view of a buffer's remaining bytes: the buffer itself if direct, else a temporary copy. */
    private record NativeBuffer(Pointer pointer, boolean copy) {

        static NativeBuffer of(ByteBuffer buffer, boolean copyIn) {
            if (buffer.isDirect()) {
                return new NativeBuffer(Native.getDirectBufferPointer(buffer).share(buffer.position()), false);
            }
            Memory m = new Memory(Math.max(1, buffer.remaining()));
            if (copyIn) {
                m.write(0, buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            }
            return new NativeBuffer(m, true);
        }

        void copyBack(ByteBuffer buffer, int count) {
            if (copy && count > 0) {
                pointer.read(0, buffer.array(), buffer.arrayOffset() + buffer.position(), count);
            }
        }
    }
}
