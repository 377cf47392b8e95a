package dev.ccwconsole.nativ;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.List;

/**
 * Syscall-style helpers for the device layer: an ioctl on a native-order struct held in a {@code byte[]}
 * (copied to native memory, called, copied back, spec §9.4) that returns the result or -errno instead of
 * throwing, as {@code VfioCcwDevice} reports kernel refusals; and a close that records its failure.
 */
final class NativeIoctl {

    private NativeIoctl() {
    }

    /**
     * ioctl with {@code arg} as the in/out struct ({@code null} or empty: no argument). The request is an
     * {@code unsigned long} in C, so it is widened without sign extension.
     */
    static int call(int fd, int request, byte[] arg) {
        long unsignedRequest = request & 0xFFFF_FFFFL;
        if (arg == null || arg.length == 0) {
            try {
                return Libc.ioctl(fd, unsignedRequest, (Pointer) null);
            } catch (NativeCallException e) {
                return -e.errno();
            }
        }
        Memory m = new Memory(arg.length);
        m.write(0, arg, 0, arg.length);
        try {
            return Libc.ioctl(fd, unsignedRequest, m);
        } catch (NativeCallException e) {
            return -e.errno();
        } finally {
            m.read(0, arg, 0, arg.length);
        }
    }

    /** Closes {@code fd}; a failure becomes a line in {@code problems} naming the path. */
    static void closeQuietly(int fd, String path, List<String> problems) {
        try {
            Libc.close(fd);
        } catch (NativeCallException e) {
            problems.add("close " + path + " (fd " + fd + "): " + e.errnoName());
        }
    }
}
