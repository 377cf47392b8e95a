package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.nativ.Libc;
import dev.ccwconsole.nativ.LinuxConstants;
import dev.ccwconsole.nativ.NativeCallException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes one value to one sysfs attribute through libc {@code open}/{@code write}, so a refusal arrives with
 * the kernel's exact errno (Java's {@code IOException} only carries strerror text). The value goes out in a
 * single {@code write}, as a sysfs store expects, with no newline added. The file is opened
 * {@code O_WRONLY|O_TRUNC} like a shell's {@code >}, but never created: a missing attribute is an error.
 */
public final class SysfsWriter {

    private final HostPaths paths;

    public SysfsWriter(HostPaths paths) {
        this.paths = paths;
    }

    public void write(Path file, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        String host = paths.display(file);
        int fd;
        try {
            fd = Libc.open(file.toString(), LinuxConstants.O_WRONLY | LinuxConstants.O_TRUNC
                    | LinuxConstants.O_CLOEXEC);
        } catch (NativeCallException e) {
            throw new SysfsWriteException(host, value, new NativeCallException(e.errno(), "open", host));
        }
        try {
            long written = Libc.write(fd, ByteBuffer.wrap(bytes));
            if (written != bytes.length) {
                // sysfs consumes a store in one call; a short write means the kernel took only part of it
                throw new SysfsWriteException(host, value,
                        new NativeCallException(Errno.EIO.number(), "write", host));
            }
        } catch (NativeCallException e) {
            throw new SysfsWriteException(host, value, new NativeCallException(e.errno(), "write", host));
        } finally {
            Libc.close(fd);
        }
    }
}
