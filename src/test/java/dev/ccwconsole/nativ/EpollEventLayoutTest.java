package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

class EpollEventLayoutTest {

    @Test
    void packedOnX8664NaturalOnS390x() {
        assertEquals(new EpollEventLayout(12, 4), EpollEventLayout.forArch("x86-64"));
        assertEquals(new EpollEventLayout(16, 8), EpollEventLayout.forArch("s390x"));
        assertEquals(new EpollEventLayout(16, 8), EpollEventLayout.forArch("aarch64"));
    }

    @Test
    void currentLayoutFollowsTheRunningArchitecture() {
        assertEquals(EpollEventLayout.forArch(Platform.ARCH), EpollEventLayout.current());
    }
}
