import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SSE delivery latency: N subscribers on /api/v1/events, a fixed rate of ssch requests (each yields ~4 events:
 * fsm ×3 (IO_REQ, INTERRUPT), irq, audit), latency = arrival − the event's "at". Usage:
 * java SseLatency.java <port> <subscribers> <sschPerSecond> <seconds>
 */
public class SseLatency {

    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int subscribers = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch connected = new CountDownLatch(subscribers);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            Thread t = new Thread(() -> {
                try {
                    HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/events")).build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    connected.countDown();
                    BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("data:") && !line.contains("latestId")) {
                            Matcher m = AT.matcher(line);
                            if (m.find()) {
                                Instant at = Instant.parse(m.group(1));
                                Instant now = Instant.now();
                                latencies.add((now.getEpochSecond() - at.getEpochSecond()) * 1_000_000_000L
                                        + now.getNano() - at.getNano());
                            }
                        }
                    }
                } catch (Exception e) {
                    // stream closed at the end
                }
            });
            t.setDaemon(true);
            t.start();
            readers.add(t);
        }
        connected.await(30, TimeUnit.SECONDS);
        Thread.sleep(1000);
        String auth = "Basic " + Base64.getEncoder().encodeToString("operator:operator".getBytes());
        String body = "{\"program\": [{\"cmd\": \"e4\", \"flags\": [\"SLI\"], \"count\": 20, \"read\": true}]}";
        ScheduledExecutorService load = Executors.newScheduledThreadPool(4);
        long periodMicros = 1_000_000L / rate;
        int[] next = {0};
        String[] schids = {"0.0.0100", "0.0.0101", "0.0.0102", "0.0.0103"};
        load.scheduleAtFixedRate(() -> {
            String schid = schids[next[0]++ % schids.length];
            http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/subchannels/"
                    + schid + "/ssch")).header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000L);
        load.shutdownNow();
        Thread.sleep(500);
        long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("subscribers=%d ssch/s=%d seconds=%d deliveries=%d (%.0f/s)%n", subscribers, rate, seconds,
                all.length, all.length / (double) seconds);
        if (all.length > 0) {
            System.out.printf("latency p50=%.3f ms p99=%.3f ms max=%.3f ms%n", all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
        }
        System.exit(0);
    }

}
