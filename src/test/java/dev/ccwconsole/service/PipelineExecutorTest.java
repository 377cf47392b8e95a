package dev.ccwconsole.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineExecutorTest {

    /** A stand-in for an event loop: one thread whose tasks may defer more tasks to it. */
    private static final class FakeLoop implements LocalLoop {
        final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-loop"));
        final AtomicInteger deferred = new AtomicInteger();

        @Override
        public boolean deferHere(Runnable task) {
            if (!Thread.currentThread().getName().equals("fake-loop")) {
                return false;
            }
            deferred.incrementAndGet();
            thread.execute(task);
            return true;
        }
    }

    private final FakeLoop loop = new FakeLoop();
    private final PipelineExecutor executor = new PipelineExecutor(loop);

    @AfterEach
    void stop() {
        executor.stop();
        loop.thread.shutdownNow();
    }

    @Test
    void aTaskSubmittedOnALoopRunsOnThatLoopAfterItsCurrentTask() throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        loop.thread.execute(() -> {
            executor.execute(() -> {
                seen.add("pipeline task on " + Thread.currentThread().getName());
                done.countDown();
            });
            seen.add("rest of the loop's task");
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("rest of the loop's task", "pipeline task on fake-loop"), seen);
        assertEquals(1, loop.deferred.get());
    }

    @Test
    void aTaskSubmittedElsewhereRunsOnThePipelineThread() throws Exception {
        String[] ranOn = new String[1];
        CountDownLatch done = new CountDownLatch(1);
        executor.execute(() -> {
            ranOn[0] = Thread.currentThread().getName();
            done.countDown();
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals("ccw-interrupts", ranOn[0]);
        assertEquals(0, loop.deferred.get());
    }

    @Test
    void aLoopRunsABoundedNumberOfTasksInARowAndThePipelineThreadTheRestInOrder() throws Exception {
        int tasks = PipelineExecutor.MAX_TASKS_ON_LOCAL_LOOP * 3;
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(tasks);
        loop.thread.execute(() -> {
            for (int i = 0; i < tasks; i++) {
                int n = i;
                executor.execute(() -> {
                    order.add(n);
                    threads.add(Thread.currentThread().getName());
                    done.countDown();
                });
            }
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < tasks; i++) {
            assertEquals(i, order.get(i));
            assertEquals(i < PipelineExecutor.MAX_TASKS_ON_LOCAL_LOOP ? "fake-loop" : "ccw-interrupts",
                    threads.get(i), "thread of task " + i);
        }
    }

    @Test
    void tasksFromLoopsAndOtherThreadsNeverOverlapAndNoneIsLostOrReordered() throws Exception {
        int submitters = 6;
        int each = 20_000;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        int[] lastSeen = new int[submitters];
        AtomicInteger outOfOrder = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(submitters * each);
        CyclicBarrier start = new CyclicBarrier(submitters);
        ExecutorService others = Executors.newFixedThreadPool(submitters - 1);
        try {
            for (int s = 0; s < submitters; s++) {
                int submitter = s;
                lastSeen[s] = -1;
                Runnable submit = () -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        executor.execute(() -> {
                            if (running.incrementAndGet() != 1) {
                                overlaps.incrementAndGet();
                            }
                            // plain array: safe only because tasks never overlap and each run happens-before the next
                            if (lastSeen[submitter] != n - 1) {
                                outOfOrder.incrementAndGet();
                            }
                            lastSeen[submitter] = n;
                            running.decrementAndGet();
                            done.countDown();
                        });
                    }
                };
                // submitter 0 is the loop: its tasks may run there, the others' on whichever thread holds the batch
                (s == 0 ? loop.thread : others).execute(submit);
            }
            assertTrue(done.await(30, TimeUnit.SECONDS), done.getCount() + " tasks never ran");
            assertEquals(0, overlaps.get(), "tasks that ran while another was running");
            assertEquals(0, outOfOrder.get(), "tasks that ran out of their submitter's order");
        } finally {
            others.shutdownNow();
        }
    }

    @Test
    void aLoopThatRefusesTheBatchLeavesItToThePipelineThread() throws Exception {
        PipelineExecutor refused = new PipelineExecutor(task -> {
            throw new RejectedExecutionException("the loop is shutting down");
        });
        try {
            String[] ranOn = new String[1];
            CountDownLatch done = new CountDownLatch(2);
            for (int i = 0; i < 2; i++) {
                refused.execute(() -> {
                    ranOn[0] = Thread.currentThread().getName();
                    done.countDown();
                });
            }
            assertTrue(done.await(5, TimeUnit.SECONDS), "both tasks ran");
            assertEquals("ccw-interrupts", ranOn[0]);
        } finally {
            refused.stop();
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        executor.execute(() -> {
            throw new IllegalStateException("a task failing on purpose");
        });
        executor.execute(done::countDown);
        assertTrue(done.await(5, TimeUnit.SECONDS));
        loop.thread.execute(() -> executor.execute(() -> {
            throw new IllegalStateException("a task failing on purpose on the loop");
        }));
        CountDownLatch later = new CountDownLatch(1);
        loop.thread.execute(() -> executor.execute(later::countDown));
        assertTrue(later.await(5, TimeUnit.SECONDS));
    }
}
