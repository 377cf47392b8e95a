package dev.ccwconsole.api;

import dev.ccwconsole.testing.SseClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Real SSE clients: ordering, resume with Last-Event-ID, gap, filters, heartbeat, 100 subscribers. */
@QuarkusTest
class EventStreamTest {

    private static final String STREAM = "/api/v1/subchannels/0.0.0103/events";

    private static void execute(int n) {
        for (int i = 0; i < n; i++) {
            Api.operator().body(Api.SENSE_ID).post("/api/v1/subchannels/0.0.0103/execute").then().statusCode(200);
        }
    }

    private static void assertIncreasing(List<SseClient.Frame> frames) {
        for (int i = 1; i < frames.size(); i++) {
            assertTrue(frames.get(i).id() > frames.get(i - 1).id(), "ids not increasing at " + i);
        }
    }

    @Test
    void eventsArriveInOrderWithIncreasingIdsAndFiltersApply() throws Exception {
        try (SseClient all = SseClient.open(RestAssured.port, STREAM, null);
                SseClient irqOnly = SseClient.open(RestAssured.port, "/api/v1/events?schid=0.0.0103&types=irq", null)) {
            execute(5);
            List<SseClient.Frame> frames = all.take(25, SseClient.numbered(), 5000);
            assertEquals(25, frames.size(), "5 × (3 fsm, 1 irq, 1 audit)");
            assertIncreasing(frames);
            List<SseClient.Frame> irqs = irqOnly.take(5, SseClient.numbered(), 5000);
            assertEquals(5, irqs.size());
            assertTrue(irqs.stream().allMatch(f -> f.event().equals("irq") && f.data().contains("\"schid\":\"0.0.0103\"")));
            assertTrue(frames.stream().anyMatch(f -> f.event().equals("fsm") && f.data().contains("\"to\":\"CP_PENDING\"")));
            assertTrue(frames.stream().anyMatch(f -> f.event().equals("audit") && f.data().contains("\"user\":\"operator\"")));
            assertEquals(1, all.take(1, f -> f.event().equals("heartbeat"), 3000).size());
        }
    }

    @Test
    void resumeAfterDisconnectGetsEveryMissedEvent() throws Exception {
        long last;
        try (SseClient first = SseClient.open(RestAssured.port, STREAM, null)) {
            execute(2);
            List<SseClient.Frame> seen = first.take(10, SseClient.numbered(), 5000);
            assertEquals(10, seen.size());
            last = seen.get(seen.size() - 1).id();
        }
        execute(3);
        try (SseClient resumed = SseClient.open(RestAssured.port, STREAM, last)) {
            List<SseClient.Frame> missed = resumed.take(15, SseClient.numbered(), 5000);
            assertEquals(15, missed.size());
            assertTrue(missed.get(0).id() > last);
            assertIncreasing(missed);
            execute(1);
            List<SseClient.Frame> live = resumed.take(5, SseClient.numbered(), 5000);
            assertEquals(5, live.size());
            assertTrue(live.get(0).id() > missed.get(14).id());
        }
    }

    @Test
    void aResumePointOlderThanTheHistoryStartsWithGap() throws Exception {
        for (int round = 0; round < 600; round++) {
            try (SseClient probe = SseClient.open(RestAssured.port, STREAM + "?types=audit", 1L)) {
                SseClient.Frame f = probe.take(1, x -> !x.event().equals("heartbeat"), 3000).stream().findFirst()
                        .orElse(null);
                if (f != null && f.event().equals("gap")) {
                    assertTrue(f.data().contains("\"lastEventId\":1"), f.data());
                    return;
                }
            }
            execute(50);
        }
        throw new AssertionError("no gap although the history was exceeded");
    }

    @Test
    void aHundredSubscribersGetTheSameSequence() throws Exception {
        List<SseClient> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<SseClient>> opening = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                opening.add(pool.submit(() -> SseClient.open(RestAssured.port, STREAM, null)));
            }
            for (Future<SseClient> f : opening) {
                clients.add(f.get());
            }
            execute(4);
            List<Long> reference = null;
            for (SseClient c : clients) {
                List<Long> ids = c.take(20, SseClient.numbered(), 10000).stream().map(SseClient.Frame::id).toList();
                assertEquals(20, ids.size());
                if (reference == null) {
                    reference = ids;
                }
                assertEquals(reference, ids);
            }
        } finally {
            clients.forEach(SseClient::close);
            pool.shutdownNow();
        }
    }

    @Test
    void badFiltersAreProblems() {
        Api.anonymous().get("/api/v1/events?types=irq,bogus").then().statusCode(422)
                .contentType("application/problem+json");
        Api.anonymous().get("/api/v1/events?schid=0.0.0fff").then().statusCode(404);
    }
}
