package dev.ccwconsole.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccwconsole.service.CcwConfig;
import dev.ccwconsole.service.EventFilter;
import dev.ccwconsole.service.EventHub;
import dev.ccwconsole.service.InvalidRequestException;
import dev.ccwconsole.service.Subscription;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * SSE subscriptions on top of the {@link EventHub}: the subscriber cap, Last-Event-ID resume with the {@code gap}
 * event, and a periodic {@code heartbeat} (no id, so it never disturbs resume).
 */
@Singleton
public class EventStreams {

    private final EventHub hub;
    private final ObjectMapper mapper;
    private final int maxSubscribers;
    private final int buffer;
    private final List<SseSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ccw-sse-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile Sse sse;

    public EventStreams(EventHub hub, ObjectMapper mapper, CcwConfig config) {
        this.hub = hub;
        this.mapper = mapper;
        this.maxSubscribers = config.events().maxSubscribers();
        this.buffer = config.events().subscriberBuffer();
        long period = Math.max(100, config.events().heartbeat().toMillis());
        heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /** Checks the cap before the response starts, so a refusal is still a problem+json. */
    void admit() {
        if (hub.subscriberCount() >= maxSubscribers) {
            throw new TooManySubscribersException(maxSubscribers);
        }
    }

    void subscribe(SseEventSink sink, Sse sse, Long lastEventId, EventFilter filter) {
        this.sse = sse;
        SseSubscriber s = new SseSubscriber(sink, sse, buffer);
        Subscription sub = hub.subscribe(java.util.Optional.ofNullable(lastEventId), filter, s);
        List<OutboundSseEvent> first = new ArrayList<>();
        sub.gap().ifPresent(g -> first.add(control(sse, "gap", Map.of("lastEventId", g.lastEventId(),
                "firstRetainedId", g.firstRetainedId(), "latestId", g.latestId(),
                "detail", "events after " + g.lastEventId() + " are no longer (or not) in the history"))));
        sub.replay().forEach(e -> first.add(s.frame(e)));
        subscribers.add(s);
        s.start(first, () -> {
            sub.cancel().run();
            subscribers.remove(s);
        });
    }

    static Set<dev.ccwconsole.service.EventType> types(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        Set<dev.ccwconsole.service.EventType> out = new java.util.HashSet<>();
        for (String t : csv.split(",")) {
            out.add(dev.ccwconsole.service.EventType.fromWireName(t.trim()).orElseThrow(() ->
                    InvalidRequestException.field("types", "unknown event type '" + t.trim()
                            + "'; expected irq, crw, fsm, req, audit")));
        }
        return out;
    }

    private void beat() {
        Sse current = sse;
        if (current == null) {
            return;
        }
        for (SseSubscriber s : subscribers) {
            if (s.isClosed()) {
                s.close();
                subscribers.remove(s);
            } else {
                s.control(control(current, "heartbeat", Map.of("at", Instant.now().toString(),
                        "latestId", hub.latestId())));
            }
        }
    }

    private OutboundSseEvent control(Sse sse, String name, Map<String, Object> data) {
        try {
            return sse.newEventBuilder().name(name).data(mapper.writeValueAsString(data))
                    .mediaType(MediaType.TEXT_PLAIN_TYPE).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        subscribers.forEach(SseSubscriber::close);
    }

    /** Parses Last-Event-ID, applies the subscriber cap and subscribes. */
    void open(SseEventSink sink, Sse sse, String lastEventId, EventFilter filter) {
        Long after = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                after = Long.parseLong(lastEventId.trim());
            } catch (NumberFormatException e) {
                throw dev.ccwconsole.service.InvalidRequestException.field("Last-Event-ID",
                        "not an event id: '" + lastEventId + "'");
            }
        }
        admit();
        subscribe(sink, sse, after, filter);
    }
}
