package dev.ccwconsole.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final Deadlines deadlines = new Deadlines(timer, 2, TimeUnit.MILLISECONDS);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aDeadlineFiresOnceNotBeforeItsTimeOnTheTimerThread() throws Exception {
        BlockingQueue<Long> fired = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        deadlines.add(30, () -> fired.add(System.nanoTime() - start));
        Long after = fired.poll(5, TimeUnit.SECONDS);
        assertTrue(after != null && after >= TimeUnit.MILLISECONDS.toNanos(30), "fired after " + after + " ns");
        assertNull(fired.poll(50, TimeUnit.MILLISECONDS), "fired once");
        assertEquals(0, deadlines.size());
    }

    @Test
    void aCancelledDeadlineNeverFiresAndCancellingAfterExpiryReportsIt() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        Deadlines.Deadline cancelled = deadlines.add(20, fired::incrementAndGet);
        assertTrue(cancelled.cancel());
        assertFalse(cancelled.cancel(), "a second cancel finds nothing");
        CountDownLatch expired = new CountDownLatch(1);
        Deadlines.Deadline late = deadlines.add(1, expired::countDown);
        assertTrue(expired.await(5, TimeUnit.SECONDS));
        assertFalse(late.cancel(), "the expiry won the entry");
        Thread.sleep(60);
        assertEquals(0, fired.get());
    }

    @Test
    void aFailingActionStopsNeitherTheOthersNorLaterSweeps() throws Exception {
        CountDownLatch others = new CountDownLatch(2);
        deadlines.add(1, () -> {
            throw new IllegalStateException("termination refused");
        });
        deadlines.add(1, others::countDown);
        Thread.sleep(20);
        deadlines.add(1, others::countDown);
        assertTrue(others.await(5, TimeUnit.SECONDS), "the sweep went on after the failure");
        assertEquals(0, deadlines.size());
    }

    @Test
    void noSweepIsScheduledWhileNothingIsPending() throws Exception {
        CountDownLatch expired = new CountDownLatch(1);
        deadlines.add(1, expired::countDown);
        assertTrue(expired.await(5, TimeUnit.SECONDS));
        Thread.sleep(20);
        assertEquals(0, timer.getQueue().size(), "the timer is idle once the set is empty");
    }

    @Test
    void concurrentAddsAndCancelsLoseNoDeadline() throws Exception {
        int threads = 8;
        int perThread = 2_000;
        AtomicInteger fired = new AtomicInteger();
        AtomicInteger kept = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        Deadlines.Deadline d = deadlines.add(1 + i % 3, fired::incrementAndGet);
                        if (i % 2 == 0 && d.cancel()) {
                            continue;
                        }
                        kept.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (fired.get() < kept.get() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(kept.get(), fired.get(), "every deadline not cancelled in time fired exactly once");
        assertEquals(0, deadlines.size());
    }
}
