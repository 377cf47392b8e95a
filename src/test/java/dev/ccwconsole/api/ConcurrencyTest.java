package dev.ccwconsole.api;

import dev.ccwconsole.testing.SseClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 32 clients issue ssch/hsch/csch, half on one subchannel and half spread over three others: no 5xx, every accepted
 * ssch gets exactly one final interrupt, and on each subchannel the programs end in the order they were accepted
 * (no two at once).
 */
@QuarkusTest
class ConcurrencyTest {

    private static final List<String> SUBCHANNELS = List.of("0.0.0105", "0.0.0102", "0.0.0104", "0.0.0101");
    private static final Pattern OP = Pattern.compile("\"operationId\":\"([0-9a-f.]+)-(\\d+)\"");

    @Test
    void kernelSemanticsHoldUnderLoad() throws Exception {
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try (SseClient sse = SseClient.open(RestAssured.port, "/api/v1/events?types=irq", null)) {
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 32; c++) {
                String schid = c < 16 ? SUBCHANNELS.get(0) : SUBCHANNELS.get(1 + c % 3);
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        int pick = ThreadLocalRandom.current().nextInt(10);
                        String op = pick < 8 ? "ssch" : pick == 8 ? "hsch" : "csch";
                        Response r = Api.operator().body(op.equals("ssch") ? Api.SENSE_ID : "")
                                .post("/api/v1/subchannels/" + schid + "/" + op);
                        if (r.statusCode() >= 500 || (r.statusCode() != 202 && r.statusCode() != 409)) {
                            failures.add(op + " " + r.statusCode() + " " + r.asString());
                        } else if (op.equals("ssch") && r.statusCode() == 202) {
                            accepted.add(r.path("operationId"));
                        }
                    }
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            pool.shutdown();
            assertTrue(failures.isEmpty(), failures.toString());
            assertTrue(accepted.size() >= 32, "accepted " + accepted.size());

            Map<String, Integer> finals = new HashMap<>();
            Map<String, Long> lastSeq = new HashMap<>();
            long deadline = System.currentTimeMillis() + 15000;
            while (finals.size() < accepted.size() && System.currentTimeMillis() < deadline) {
                for (SseClient.Frame f : sse.take(1, SseClient.numbered(), 500)) {
                    Matcher m = OP.matcher(f.data());
                    if (f.data().contains("\"isFinal\":true") && m.find()) {
                        String id = m.group(1) + "-" + m.group(2);
                        finals.merge(id, 1, Integer::sum);
                        long seq = Long.parseLong(m.group(2));
                        Long before = lastSeq.put(m.group(1), seq);
                        assertTrue(before == null || before < seq, "program " + id + " ended after a later one");
                    }
                }
            }
            for (String id : accepted) {
                assertEquals(1, finals.getOrDefault(id, 0), "final interrupts of " + id);
            }
        }
    }
}
