package dev.ccwconsole.testing;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real SSE client on java.net.http: reads {@code event:/id:/data:} frames on its own thread into a queue. */
public final class SseClient implements AutoCloseable {

    public record Frame(String event, Long id, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public final LinkedBlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    public final int status;
    private final InputStream body;
    private final Thread reader;

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseClient open(int port, String pathAndQuery, Long lastEventId) throws Exception {
        return open(URI.create("http://localhost:" + port + pathAndQuery),
                lastEventId == null ? Map.of() : Map.of("Last-Event-ID", Long.toString(lastEventId)));
    }

    /** Returns once the response headers are in: every event published after this call reaches the queue. */
    public static SseClient open(URI uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        headers.forEach(b::header);
        return new SseClient(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            Long id = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    if (event != null || data.length() > 0) {
                        frames.add(new Frame(event == null ? "message" : event, id, data.toString()));
                    }
                    event = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (Exception e) {
            // connection closed
        }
    }

    /** The next frames matching {@code accept} (others are skipped) until {@code n} arrived or the time is up. */
    public List<Frame> take(int n, Predicate<Frame> accept, long timeoutMs) throws InterruptedException {
        List<Frame> out = new ArrayList<>();
        long end = System.currentTimeMillis() + timeoutMs;
        while (out.size() < n) {
            long left = end - System.currentTimeMillis();
            Frame f = left <= 0 ? null : frames.poll(left, TimeUnit.MILLISECONDS);
            if (f == null) {
                break;
            }
            if (accept.test(f)) {
                out.add(f);
            }
        }
        return out;
    }

    public static Predicate<Frame> numbered() {
        return f -> f.id() != null;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (Exception ignored) {
            // closing an aborted stream
        }
        reader.interrupt();
    }
}
