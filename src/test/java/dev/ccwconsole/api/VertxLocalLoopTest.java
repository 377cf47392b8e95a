package dev.ccwconsole.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VertxLocalLoopTest {

    @Inject
    Vertx vertx;

    @Inject
    VertxLocalLoop localLoop;

    @Test
    void onAnEventLoopTheTaskRunsOnThatThreadAfterTheCurrentTask() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        vertx.runOnContext(ignored -> {
            String loopThread = Thread.currentThread().getName();
            boolean deferred = localLoop.deferHere(() -> {
                seen.add("task on " + (Thread.currentThread().getName().equals(loopThread) ? "the same loop" : "?"));
                done.countDown();
            });
            seen.add("deferred=" + deferred);
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("deferred=true", "task on the same loop"), seen);
    }

    @Test
    void aWorkerOrAPlainThreadHasNoLoopToDeferTo() throws Exception {
        assertFalse(localLoop.deferHere(() -> {
        }), "the test thread");
        CountDownLatch done = new CountDownLatch(1);
        boolean[] onWorker = new boolean[1];
        vertx.executeBlocking(() -> {
            onWorker[0] = localLoop.deferHere(() -> {
            });
            done.countDown();
            return null;
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertFalse(onWorker[0], "a Vert.x worker thread");
    }
}
