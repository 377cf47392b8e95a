package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The retry rule of spec §2.5 (E-12). */
class ArgszProtocolTest {

    private static VfioRegionInfo reply(long argsz, int flags, long capOffset) {
        return new VfioRegionInfo(argsz, flags, 1, capOffset, 8, 0x400);
    }

    @Test
    void completeWhenArgszDidNotGrowAndCapabilitiesArePlaced() {
        assertEquals(new ArgszProtocol.Complete(), ArgszProtocol.next(48, reply(48, 0xB, 32)));
        assertEquals(new ArgszProtocol.Complete(), ArgszProtocol.next(32, reply(32, 0x3, 0)), "index 0: no caps");
        assertEquals(new ArgszProtocol.Complete(), ArgszProtocol.next(64, reply(64, 0xB, 32)));
    }

    @Test
    void retryWithTheArgszTheKernelAskedFor() {
        assertEquals(new ArgszProtocol.Retry(48), ArgszProtocol.next(32, reply(48, 0xB, 0)));
        assertEquals(new ArgszProtocol.Retry(48), ArgszProtocol.next(40, reply(48, 0xB, 0)));
        assertEquals(new ArgszProtocol.Retry(4096), ArgszProtocol.next(48, reply(4096, 0x3, 0)), "argsz grew");
    }

    @Test
    void failWhenTheReplyIsInconsistent() {
        ArgszProtocol.Failed tooSmall = assertInstanceOf(ArgszProtocol.Failed.class,
                ArgszProtocol.next(48, reply(16, 0xB, 32)));
        assertTrue(tooSmall.reason().contains("smaller than the 32-byte header"), tooSmall.reason());

        ArgszProtocol.Failed loop = assertInstanceOf(ArgszProtocol.Failed.class, ArgszProtocol.next(48, reply(48, 0xB, 0)));
        assertTrue(loop.reason().contains("cap_offset 0"), loop.reason());

        ArgszProtocol.Failed huge = assertInstanceOf(ArgszProtocol.Failed.class,
                ArgszProtocol.next(48, reply(0xFFFF_FFFFL, 0xB, 0)));
        assertTrue(huge.reason().contains("more than"), huge.reason());

        assertInstanceOf(ArgszProtocol.Failed.class, ArgszProtocol.next(16, reply(48, 0xB, 0)), "request below header");
    }

    @Test
    void largestAcceptedRetryIsTheLimit() {
        assertEquals(new ArgszProtocol.Retry((int) ArgszProtocol.MAX_ARGSZ),
                ArgszProtocol.next(48, reply(ArgszProtocol.MAX_ARGSZ, 0xB, 0)));
        assertInstanceOf(ArgszProtocol.Failed.class, ArgszProtocol.next(48, reply(ArgszProtocol.MAX_ARGSZ + 1, 0xB, 0)));
    }
}
