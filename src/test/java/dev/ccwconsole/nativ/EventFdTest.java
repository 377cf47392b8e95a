package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventFdTest {

    @Test
    void signalsAddUpAndDrainResetsTheCounter() {
        try (EventFd efd = EventFd.create()) {
            assertFalse(Libc.pollIn(efd.fd(), 0), "a fresh eventfd is not readable");
            efd.signal(3);
            efd.signal(4);
            assertTrue(Libc.pollIn(efd.fd(), 0));
            assertEquals(7, efd.drain());
            assertEquals(0, efd.drain(), "second drain hits EAGAIN and reports 0");
            assertFalse(Libc.pollIn(efd.fd(), 0));
        }
    }

    @Test
    void largeCountsSurviveTheEightByteCounter() {
        try (EventFd efd = EventFd.create()) {
            efd.signal(0x1_0000_0001L);
            assertEquals(0x1_0000_0001L, efd.drain());
        }
    }

    @Test
    void zeroIncrementIsRejectedBeforeTheKernelSeesIt() {
        try (EventFd efd = EventFd.create()) {
            assertThrows(IllegalArgumentException.class, () -> efd.signal(0));
        }
    }

    @Test
    void closeIsIdempotentAndTheFdIsReallyClosed() {
        EventFd efd = EventFd.create();
        efd.close();
        efd.close();
        NativeCallException e = assertThrows(NativeCallException.class, () -> efd.signal(1));
        assertEquals("EBADF", e.errnoName());
    }
}
