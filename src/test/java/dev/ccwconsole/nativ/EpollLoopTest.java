package dev.ccwconsole.nativ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EpollLoopTest {

    private record Delivery(long count, Thread thread) {
    }

    private final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();
    private EpollLoop loop;

    @BeforeEach
    void start() {
        loop = EpollLoop.start("epoll-test", (fd, error) -> failures.add(error));
    }

    @AfterEach
    void stop() {
        loop.close();
        assertTrue(failures.isEmpty(), () -> "unexpected failures: " + failures);
    }

    @Test
    void signalFromAnotherThreadReachesTheCallbackOnTheEpollThread() throws Exception {
        BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
        try (EventFd efd = EventFd.create()) {
            loop.register(efd.fd(), count -> deliveries.add(new Delivery(count, Thread.currentThread())));
            Thread signaller = new Thread(() -> efd.signal(5));
            signaller.start();
            signaller.join();
            Delivery d = deliveries.poll(5, TimeUnit.SECONDS);
            assertEquals(5, d.count());
            assertSame(loop.thread(), d.thread());
            assertTrue(loop.thread().isDaemon());
            assertEquals(0, efd.drain(), "the loop drained the counter");
            loop.unregister(efd.fd());
        }
    }

    @Test
    void signalsWhileTheLoopIsBusyCoalesceIntoOneCount() throws Exception {
        CountDownLatch insideFirst = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        BlockingQueue<Long> second = new LinkedBlockingQueue<>();
        try (EventFd blocker = EventFd.create(); EventFd counted = EventFd.create()) {
            loop.register(blocker.fd(), count -> {
                insideFirst.countDown();
                await(releaseFirst); // holds the epoll thread so the next signals pile up in the counter
            });
            loop.register(counted.fd(), second::add);
            blocker.signal(1);
            assertTrue(insideFirst.await(5, TimeUnit.SECONDS));
            counted.signal(1);
            counted.signal(1);
            counted.signal(1);
            releaseFirst.countDown();
            assertEquals(3L, second.poll(5, TimeUnit.SECONDS));
            assertNull(second.poll(200, TimeUnit.MILLISECONDS), "one delivery for the three signals");
            loop.unregister(blocker.fd());
            loop.unregister(counted.fd());
        }
    }

    @Test
    void eachFdOfOneBatchGetsItsOwnCount() throws Exception {
        CountDownLatch insideBlocker = new CountDownLatch(1);
        CountDownLatch releaseBlocker = new CountDownLatch(1);
        BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
        try (EventFd blocker = EventFd.create(); EventFd io = EventFd.create(); EventFd crw = EventFd.create();
                EventFd req = EventFd.create()) {
            loop.register(blocker.fd(), count -> {
                insideBlocker.countDown();
                await(releaseBlocker);
            });
            loop.register(io.fd(), count -> deliveries.add("io:" + count));
            loop.register(crw.fd(), count -> deliveries.add("crw:" + count));
            loop.register(req.fd(), count -> deliveries.add("req:" + count));
            blocker.signal(1);
            assertTrue(insideBlocker.await(5, TimeUnit.SECONDS));
            io.signal(2);
            crw.signal(9);
            req.signal(1);
            releaseBlocker.countDown(); // the three are now ready together: one epoll_wait reports all of them
            java.util.Set<String> got = new java.util.HashSet<>();
            for (int i = 0; i < 3; i++) {
                got.add(deliveries.poll(5, TimeUnit.SECONDS));
            }
            assertEquals(java.util.Set.of("io:2", "crw:9", "req:1"), got);
            for (EventFd fd : new EventFd[] {blocker, io, crw, req}) {
                loop.unregister(fd.fd());
            }
        }
    }

    @Test
    void unregisterStopsDelivery() throws Exception {
        BlockingQueue<Long> deliveries = new LinkedBlockingQueue<>();
        try (EventFd efd = EventFd.create()) {
            loop.register(efd.fd(), deliveries::add);
            efd.signal(1);
            assertEquals(1L, deliveries.poll(5, TimeUnit.SECONDS));
            loop.unregister(efd.fd());
            efd.signal(4);
            assertNull(deliveries.poll(300, TimeUnit.MILLISECONDS));
            assertEquals(4, efd.drain(), "the loop no longer drains an unregistered fd");
        }
    }

    @Test
    void registeringTheSameFdTwiceIsRefused() {
        try (EventFd efd = EventFd.create()) {
            loop.register(efd.fd(), count -> { });
            assertThrows(IllegalStateException.class, () -> loop.register(efd.fd(), count -> { }));
            loop.unregister(efd.fd());
        }
    }

    @Test
    void aThrowingCallbackIsReportedAndTheLoopKeepsRunning() throws Exception {
        BlockingQueue<Long> deliveries = new LinkedBlockingQueue<>();
        try (EventFd bad = EventFd.create(); EventFd good = EventFd.create()) {
            loop.register(bad.fd(), count -> {
                throw new IllegalStateException("callback bug");
            });
            loop.register(good.fd(), deliveries::add);
            bad.signal(1);
            Throwable reported = failures.poll(5, TimeUnit.SECONDS);
            assertEquals("callback bug", reported.getMessage());
            good.signal(2);
            assertEquals(2L, deliveries.poll(5, TimeUnit.SECONDS));
            loop.unregister(bad.fd());
            loop.unregister(good.fd());
        }
    }

    @Test
    void executeRunsTheTaskOnTheEpollThread() throws Exception {
        BlockingQueue<Thread> ran = new LinkedBlockingQueue<>();
        loop.execute(() -> ran.add(Thread.currentThread()));
        assertSame(loop.thread(), ran.poll(5, TimeUnit.SECONDS));
        loop.close();
        assertThrows(IllegalStateException.class, () -> loop.execute(() -> { }));
    }

    @Test
    void closeStopsTheThreadAndRefusesNewRegistrations() throws Exception {
        loop.close();
        assertFalse(loop.isRunning());
        try (EventFd efd = EventFd.create()) {
            assertThrows(IllegalStateException.class, () -> loop.register(efd.fd(), count -> { }));
        }
        loop.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
