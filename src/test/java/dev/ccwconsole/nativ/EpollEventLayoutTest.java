package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Memory;
import com.sun.jna.Platform;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * The kernel agrees with the layout: full 64-bit data values registered through it come back intact from
     * one epoll_wait that reports several events (a wrong stride or offset garbles every entry after the first).
     */
    @Test
    void theKernelReturnsEveryDataWordOfABatchIntact() {
        EpollEventLayout layout = EpollEventLayout.current();
        int epfd = Libc.epollCreate1(LinuxConstants.EPOLL_CLOEXEC);
        EventFd[] fds = {EventFd.create(), EventFd.create(), EventFd.create()};
        try {
            Set<Long> registered = new HashSet<>();
            for (int i = 0; i < fds.length; i++) {
                long data = 0x1122_3344_5566_7700L + i;
                Memory event = new Memory(layout.size());
                event.clear();
                event.setInt(EpollEventLayout.EVENTS_OFFSET, LinuxConstants.EPOLLIN);
                event.setLong(layout.dataOffset(), data);
                Libc.epollCtl(epfd, LinuxConstants.EPOLL_CTL_ADD, fds[i].fd(), event);
                registered.add(data);
                fds[i].signal(1);
            }
            Memory events = new Memory(8L * layout.size());
            int ready = Libc.epollWait(epfd, events, 8, 1000);
            assertEquals(fds.length, ready);
            Set<Long> returned = new HashSet<>();
            for (int i = 0; i < ready; i++) {
                assertEquals(LinuxConstants.EPOLLIN, events.getInt((long) i * layout.size()));
                returned.add(events.getLong((long) i * layout.size() + layout.dataOffset()));
            }
            assertEquals(registered, returned);
        } finally {
            for (EventFd fd : fds) {
                fd.close();
            }
            Libc.close(epfd);
        }
    }
}
