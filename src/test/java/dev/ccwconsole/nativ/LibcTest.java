package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.Errno;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real libc calls through the direct mapping: offsets, errno capture and the message a caller sees. */
class LibcTest {

    @Test
    void preadAndPwriteAtRegionOffsetsOnMemfd() {
        int fd = Libc.memfdCreate("region-test", LinuxConstants.MFD_CLOEXEC);
        try {
            assertPwritePreadRoundTrip(fd);
        } finally {
            Libc.close(fd);
        }
    }

    @Test
    void preadAndPwriteAtRegionOffsetsOnTempFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("regions.bin");
        int fd = Libc.open(file.toString(), LinuxConstants.O_RDWR | LinuxConstants.O_CREAT | LinuxConstants.O_CLOEXEC);
        try {
            assertPwritePreadRoundTrip(fd);
        } finally {
            Libc.close(fd);
        }
        byte[] onDisk = Files.readAllBytes(file);
        assertEquals(0x800 + 8, onDisk.length);
        assertEquals((byte) 0xAA, onDisk[0x400]);
        assertEquals(0, onDisk[0x3ff], "gap before the first region reads as zeros");
    }

    private static void assertPwritePreadRoundTrip(int fd) {
        byte[] io = {(byte) 0xAA, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        byte[] cmd = {0, 0, 0, 1, 0, 0, 0, 0};
        assertEquals(12, Libc.pwrite(fd, ByteBuffer.wrap(io), 0x400));
        ByteBuffer direct = ByteBuffer.allocateDirect(8).put(cmd).flip();
        assertEquals(8, Libc.pwrite(fd, direct, 0x800));
        assertEquals(8, direct.position(), "pwrite advances the buffer position");

        ByteBuffer heapBack = ByteBuffer.allocate(12);
        assertEquals(12, Libc.pread(fd, heapBack, 0x400));
        assertArrayEquals(io, heapBack.array());
        ByteBuffer directBack = ByteBuffer.allocateDirect(8);
        assertEquals(8, Libc.pread(fd, directBack, 0x800));
        byte[] got = new byte[8];
        directBack.flip().get(got);
        assertArrayEquals(cmd, got);

        ByteBuffer beyondEnd = ByteBuffer.allocate(4);
        assertEquals(0, Libc.pread(fd, beyondEnd, 0x1000), "pread past the end reads nothing");
    }

    @Test
    void openOfMissingFileReportsEnoentWithThePath(@TempDir Path dir) {
        String missing = dir.resolve("no-such-file").toString();
        NativeCallException e = assertThrows(NativeCallException.class,
                () -> Libc.open(missing, LinuxConstants.O_RDONLY));
        assertEquals(Errno.ENOENT.number(), e.errno());
        assertEquals("ENOENT", e.errnoName());
        assertEquals("open", e.call());
        assertEquals(missing, e.target());
        assertEquals("open(" + missing + "): ENOENT (2) No such file or directory", e.getMessage());
    }

    @Test
    void ioctlWithBogusRequestOnPipeIsEnotty() {
        int[] pipe = Libc.pipe();
        try {
            NativeCallException e = assertThrows(NativeCallException.class,
                    () -> Libc.ioctl(pipe[0], 0x3B64 + 7, ByteBuffer.allocate(16)));
            assertEquals(Errno.ENOTTY.number(), e.errno());
            assertEquals("ioctl", e.call());
            assertEquals("fd " + pipe[0], e.target());
            NativeCallException byValue = assertThrows(NativeCallException.class,
                    () -> Libc.ioctlValue(pipe[0], 0x3B65, 3));
            assertEquals("ENOTTY", byValue.errnoName());
        } finally {
            Libc.close(pipe[0]);
            Libc.close(pipe[1]);
        }
    }

    @Test
    void ioctlPointerArgumentIsWrittenBackIntoTheBuffer() {
        int[] pipe = Libc.pipe();
        try {
            Libc.write(pipe[1], ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer available = ByteBuffer.allocate(4).order(java.nio.ByteOrder.nativeOrder());
            assertEquals(0, Libc.ioctl(pipe[0], LinuxConstants.FIONREAD, available));
            assertEquals(5, available.getInt(0));
            ByteBuffer in = ByteBuffer.allocate(16);
            assertEquals(5, Libc.read(pipe[0], in));
            assertEquals("hello", new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII));
        } finally {
            Libc.close(pipe[0]);
            Libc.close(pipe[1]);
        }
    }

    @Test
    void closingTwiceIsEbadf() {
        int fd = Libc.memfdCreate("twice", LinuxConstants.MFD_CLOEXEC);
        Libc.close(fd);
        NativeCallException e = assertThrows(NativeCallException.class, () -> Libc.close(fd));
        assertEquals(Errno.EBADF.number(), e.errno());
        assertEquals("close(fd " + fd + "): EBADF (9) Bad file descriptor", e.getMessage());
    }

    @Test
    void errnoIsCapturedPerThread() throws Exception {
        // a failing call on another thread must not leak its errno into a successful call here
        Thread other = new Thread(() -> assertThrows(NativeCallException.class, () -> Libc.close(-1)));
        other.start();
        other.join();
        int fd = Libc.memfdCreate("ok", LinuxConstants.MFD_CLOEXEC);
        assertTrue(fd >= 0);
        Libc.close(fd);
    }
}
