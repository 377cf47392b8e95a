package dev.ccwconsole.guest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccwconsole.testing.SseClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The REST API of the console running in the s390x guest, reached through a forwarded loopback port (the guest's
 * network lives in a network namespace of its own, see src/test/s390x/guest.sh). The
 * address and credentials come from the {@code guest.env} that {@code src/test/s390x/guest.sh start} wrote.
 */
final class GuestApi {

    record Reply(int status, JsonNode json, String text) {
        JsonNode get(String field) {
            return json.path(field);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** TCG runs the guest JVM at a small fraction of native speed: generous, but bounded. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final URI operatorHook;
    private final String authorization;

    private GuestApi(URI base, URI operatorHook, String user, String password) {
        this.base = base;
        this.operatorHook = operatorHook;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static GuestApi fromEnvFile(Path envFile) throws IOException {
        Properties env = new Properties();
        try (var in = Files.newBufferedReader(envFile)) {
            env.load(in);
        }
        return new GuestApi(URI.create(env.getProperty("CCW_GUEST_URL")),
                URI.create(env.getProperty("CCW_GUEST_OPERATOR_URL")), env.getProperty("CCW_GUEST_USER"),
                env.getProperty("CCW_GUEST_PASSWORD"));
    }

    Reply get(String path) throws Exception {
        return send(request(path).GET());
    }

    Reply post(String path, Object body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Reply delete(String path) throws Exception {
        return send(request(path).DELETE());
    }

    Reply getAnonymously(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return reply(r);
    }

    /** Removes an mdev the way an administrator of the s390x host would, behind the console's back (guest init.sh). */
    String removeMdevAsOperator(String uuid) throws Exception {
        return http.send(HttpRequest.newBuilder(operatorHook.resolve("/cgi-bin/remove-mdev?" + uuid)).timeout(TIMEOUT)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body().trim();
    }

    /**
     * Restarts the console in the guest with {@code ccw.native.vfio-access=access} (guest init.sh's hook) and waits
     * until it answers ready again; returns the hook's answer.
     */
    String restartConsole(String access, Duration readyWithin) throws Exception {
        String answer = http.send(HttpRequest.newBuilder(operatorHook.resolve("/cgi-bin/restart-console?" + access))
                .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString()).body().trim();
        long deadline = System.nanoTime() + readyWithin.toNanos();
        Thread.sleep(2_000); // the old console is still answering until its shutdown begins
        while (System.nanoTime() < deadline) {
            try {
                if (getAnonymously("/q/health/ready").status() == 200) {
                    return answer;
                }
            } catch (IOException notListeningYet) {
                // the forwarder accepts, the guest's port is closed while the JVM starts
            }
            Thread.sleep(2_000);
        }
        throw new AssertionError("the console in the guest was not ready again within " + readyWithin);
    }

    /** An event stream that has its response headers: everything published from now on reaches it. */
    SseClient events(String query) throws Exception {
        return SseClient.open(base.resolve("/api/v1/events" + query), Map.of("Authorization", authorization));
    }

    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private Reply send(HttpRequest.Builder request) throws Exception {
        return reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply reply(HttpResponse<String> r) throws IOException {
        String text = r.body();
        JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : tryParse(text);
        return new Reply(r.statusCode(), json, text);
    }

    private static JsonNode tryParse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
