package dev.ccwconsole.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LogBatcherTest {

    /** Collects what reaches the logger's handler, with the thread that handed it over. */
    private static final class Capture extends Handler {
        final BlockingQueue<LogRecord> records = new LinkedBlockingQueue<>();
        final BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public void publish(LogRecord record) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            threads.add(Thread.currentThread().getName());
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static Logger loggerWith(Capture capture) {
        Logger logger = Logger.getLogger("test.logbatcher." + UUID.randomUUID());
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        return logger;
    }

    @Test
    void everyRecordOfManyThreadsIsWrittenOnceInItsThreadsOrderByTheWriterThread() throws Exception {
        Capture capture = new Capture();
        int threads = 8;
        int each = 5_000;
        try (LogBatcher batcher = new LogBatcher(loggerWith(capture), Duration.ofMillis(2), 1024, "test-writer")) {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Thread> producers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread p = new Thread(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    for (int i = 0; i < each; i++) {
                        batcher.submit(new LogRecord(Level.INFO, id + ":" + i));
                    }
                });
                producers.add(p);
                p.start();
            }
            for (Thread p : producers) {
                p.join();
            }
            Map<String, Integer> next = new HashMap<>();
            for (int n = 0; n < threads * each; n++) {
                LogRecord r = capture.records.poll(10, TimeUnit.SECONDS);
                assertNotNull(r, "record " + n + " of " + threads * each + " never written");
                String[] parts = r.getMessage().split(":");
                int expected = next.getOrDefault(parts[0], 0);
                assertEquals(expected, Integer.parseInt(parts[1]), "order of thread " + parts[0]);
                next.put(parts[0], expected + 1);
                assertEquals("test-writer", capture.threads.poll());
            }
        }
        assertEquals(0, capture.records.size(), "nothing written twice");
    }

    @Test
    void aRecordKeepsTheInstantAndThreadNameItWasMadeWith() throws Exception {
        Capture capture = new Capture();
        try (LogBatcher batcher = new LogBatcher(loggerWith(capture), Duration.ofMillis(20), 16, "test-writer")) {
            ExtLogRecord[] made = new ExtLogRecord[1];
            Thread maker = new Thread(() -> {
                made[0] = new ExtLogRecord(Level.INFO, "x", ExtLogRecord.FormatStyle.NO_FORMAT, "test");
                batcher.submit(made[0]);
            }, "the-maker");
            maker.start();
            maker.join();
            ExtLogRecord written = ExtLogRecord.wrap(capture.records.poll(5, TimeUnit.SECONDS));
            assertEquals(made[0].getInstant(), written.getInstant());
            assertEquals("the-maker", written.getThreadName());
            assertEquals("test-writer", capture.threads.poll());
        }
    }

    @Test
    void aRecordAfterAnIdleSpellWakesTheWriter() throws Exception {
        Capture capture = new Capture();
        try (LogBatcher batcher = new LogBatcher(loggerWith(capture), Duration.ofMillis(1), 16, "test-writer")) {
            for (int i = 0; i < 20; i++) {
                // long enough for the writer to find its queue empty and park without a timeout
                Thread.sleep(10);
                batcher.submit(new LogRecord(Level.INFO, "after idle " + i));
                LogRecord r = capture.records.poll(5, TimeUnit.SECONDS);
                assertNotNull(r, "record " + i + " after an idle writer was never written");
                assertEquals("after idle " + i, r.getMessage());
            }
        }
    }

    @Test
    void aStalledSinkMakesSubmittersWaitAndLosesNothing() throws Exception {
        Capture capture = new Capture();
        capture.gate = new CountDownLatch(1);
        int capacity = 4;
        try (LogBatcher batcher = new LogBatcher(loggerWith(capture), Duration.ofMillis(1), capacity, "test-writer")) {
            CountDownLatch submitted = new CountDownLatch(1);
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    batcher.submit(new LogRecord(Level.INFO, Integer.toString(i)));
                }
                submitted.countDown();
            });
            producer.start();
            assertFalse(submitted.await(200, TimeUnit.MILLISECONDS), "the submitter waits while the sink is stalled");
            capture.gate.countDown();
            assertTrue(submitted.await(5, TimeUnit.SECONDS), "the submitter goes on once the sink drains");
            for (int i = 0; i < 50; i++) {
                LogRecord r = capture.records.poll(5, TimeUnit.SECONDS);
                assertNotNull(r, "record " + i + " lost");
                assertEquals(Integer.toString(i), r.getMessage());
            }
        }
    }

    @Test
    // without the fallback the fifth submit would wait for the dead writer forever: fail instead of hanging
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aWriterEndedByAnErrorLeavesTheWritingToTheCallers() throws Exception {
        Capture capture = new Capture();
        // a logger that fails beyond RuntimeException (the log manager itself would catch a handler's Error)
        Logger failing = new Logger("test.logbatcher.failing", null) {
            @Override
            public void log(LogRecord record) {
                if ("fatal".equals(record.getMessage())) {
                    throw new LinkageError("failing beyond RuntimeException on purpose");
                }
                capture.publish(record);
            }
        };
        try (LogBatcher batcher = new LogBatcher(failing, Duration.ofMillis(1), 4, "test-writer")) {
            Thread.UncaughtExceptionHandler quiet = (t, e) -> { };
            Thread.setDefaultUncaughtExceptionHandler(quiet);
            try {
                batcher.submit(new LogRecord(Level.INFO, "fatal"));
                Thread.sleep(100); // the writer has met the Error and ended
                for (int i = 0; i < 10; i++) {
                    batcher.submit(new LogRecord(Level.INFO, Integer.toString(i)));
                }
            } finally {
                Thread.setDefaultUncaughtExceptionHandler(null);
            }
            for (int i = 0; i < 10; i++) {
                LogRecord r = capture.records.poll(5, TimeUnit.SECONDS);
                assertNotNull(r, "record " + i + " lost after the writer ended");
                assertEquals(Integer.toString(i), r.getMessage());
                assertEquals(Thread.currentThread().getName(), capture.threads.poll());
            }
        }
    }

    @Test
    void closeWritesWhatIsQueuedAndLaterRecordsAreWrittenByTheirCaller() throws Exception {
        Capture capture = new Capture();
        LogBatcher batcher = new LogBatcher(loggerWith(capture), Duration.ofSeconds(10), 1024, "test-writer");
        Thread.sleep(20); // the writer is now in its first ten-second gathering sleep
        for (int i = 0; i < 100; i++) {
            batcher.submit(new LogRecord(Level.INFO, Integer.toString(i)));
        }
        batcher.close();
        assertEquals(100, capture.records.size(), "close wrote the queued records");
        batcher.submit(new LogRecord(Level.INFO, "late"));
        assertEquals(101, capture.records.size());
        assertEquals(Thread.currentThread().getName(), new ArrayList<>(capture.threads).get(100));
    }
}
