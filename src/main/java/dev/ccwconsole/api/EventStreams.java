package dev.ccwconsole.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccwconsole.service.CcwConfig;
import dev.ccwconsole.service.EventFilter;
import dev.ccwconsole.service.EventHub;
import dev.ccwconsole.service.EventType;
import dev.ccwconsole.service.InvalidRequestException;
import dev.ccwconsole.service.Subscription;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * SSE subscriptions on top of the {@link EventHub}: the subscriber cap, Last-Event-ID resume with the {@code gap}
 * event, and a periodic {@code heartbeat} (no id, so it never disturbs resume). Each connection is an
 * {@link SseConnection}; the heartbeat frame is encoded once per beat for all of them.
 */
@Singleton
public class EventStreams {

    private final EventHub hub;
    private final ObjectMapper mapper;
    private final int maxSubscribers;
    private final int buffer;
    private final long coalesceMillis;
    private final List<SseConnection> connections = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ccw-sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public EventStreams(EventHub hub, ObjectMapper mapper, CcwConfig config) {
        this.hub = hub;
        this.mapper = mapper;
        this.maxSubscribers = config.events().maxSubscribers();
        this.buffer = config.events().subscriberBuffer();
        this.coalesceMillis = config.events().writeCoalescing().toMillis();
        long period = Math.max(100, config.events().heartbeat().toMillis());
        heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Parses Last-Event-ID, applies the subscriber cap and subscribes. Called by the resource method on the
     * connection's event loop, before the response head is sent, so a refusal is still a problem+json; the frames
     * are written later, on that same event-loop context, after Quarkus REST has sent the SSE head.
     */
    void open(SseEventSink sink, HttpServerResponse response, String lastEventId, EventFilter filter) {
        Optional<Long> after = Optional.empty();
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                after = Optional.of(Long.parseLong(lastEventId.trim()));
            } catch (NumberFormatException e) {
                throw InvalidRequestException.field("Last-Event-ID", "not an event id: '" + lastEventId + "'");
            }
        }
        if (hub.subscriberCount() >= maxSubscribers) {
            throw new TooManySubscribersException(maxSubscribers);
        }
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("SSE streams are opened on the connection's Vert.x context");
        }
        SseConnection connection = new SseConnection(context, response, sink, buffer, coalesceMillis);
        Subscription sub = hub.subscribe(after, filter, connection);
        List<byte[]> first = new ArrayList<>(sub.replay().size() + 1);
        sub.gap().ifPresent(g -> first.add(SseFrames.control("gap", json(gapData(g)))));
        sub.replay().forEach(e -> first.add(e.wireForm(SseFrames::of)));
        connections.add(connection);
        connection.start(first, () -> {
            sub.cancel().run();
            connections.remove(connection);
        });
    }

    static Set<EventType> types(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        Set<EventType> out = new HashSet<>();
        for (String t : csv.split(",")) {
            out.add(EventType.fromWireName(t.trim()).orElseThrow(() ->
                    InvalidRequestException.field("types", "unknown event type '" + t.trim()
                            + "'; expected irq, crw, fsm, req, audit")));
        }
        return out;
    }

    private static Map<String, Object> gapData(Subscription.Gap g) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lastEventId", g.lastEventId());
        data.put("firstRetainedId", g.firstRetainedId());
        data.put("latestId", g.latestId());
        data.put("detail", "events after " + g.lastEventId() + " are no longer (or not) in the history");
        return data;
    }

    /** Heartbeat thread: one frame for everybody; also retires connections whose client went away. */
    private void beat() {
        if (connections.isEmpty()) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("at", Instant.now().toString());
        data.put("latestId", hub.latestId());
        byte[] frame = SseFrames.control("heartbeat", json(data));
        for (SseConnection c : connections) {
            if (c.isClosed()) {
                c.close();
                connections.remove(c);
            } else {
                c.control(frame);
            }
        }
    }

    private String json(Map<String, Object> data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        connections.forEach(SseConnection::close);
    }
}
