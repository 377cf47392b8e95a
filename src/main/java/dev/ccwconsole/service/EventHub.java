package dev.ccwconsole.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The event pipeline's end: assigns the global, strictly increasing id, keeps a bounded history for
 * Last-Event-ID resume and hands each event to every matching subscriber.
 *
 * <p>Threads: any thread may publish. Id assignment, history and fan-out happen under one short lock, so every
 * subscriber sees ids in increasing order and a new subscriber's replay joins the live stream without gap or
 * duplicate. Sinks only enqueue (never block); the JSON is made once, before the lock.
 */
@Singleton
public class EventHub {

    private final Object lock = new Object();
    private final ArrayDeque<ServiceEvent> history = new ArrayDeque<>();
    private final Map<EventSink, EventFilter> subscribers = new ConcurrentHashMap<>();
    private final List<Consumer<ServiceEvent>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final int capacity;
    private final EventEncoder encoder;
    private final Clock clock = Clock.systemUTC();
    private final Counter dropped;
    private long lastId;

    @Inject
    public EventHub(CcwConfig config, Instance<EventEncoder> encoder, MeterRegistry registry) {
        this.capacity = Math.max(1, config.events().historySize());
        this.encoder = encoder.isResolvable() ? encoder.get() : (t, s, at, p) -> "{}";
        this.dropped = Counter.builder("ccw.sse.events.dropped")
                .description("events not delivered because an SSE subscriber fell behind and was disconnected")
                .register(registry);
        registry.gaugeMapSize("ccw.sse.subscribers", List.of(), subscribers);
    }

    /** Publishes an event and returns it with its id. */
    public ServiceEvent publish(EventType type, String schid, Object payload) {
        Instant at = clock.instant();
        ServiceEvent event;
        boolean streamed = false;
        synchronized (lock) {
            event = new ServiceEvent(++lastId, type, schid, at, payload, encoder);
            history.addLast(event);
            if (history.size() > capacity) {
                history.removeFirst();
            }
            for (Iterator<Map.Entry<EventSink, EventFilter>> it = subscribers.entrySet().iterator(); it.hasNext();) {
                Map.Entry<EventSink, EventFilter> s = it.next();
                if (s.getValue().accepts(event)) {
                    if (s.getKey().offer(event)) {
                        streamed = true;
                    } else {
                        it.remove();
                        dropped.increment();
                        s.getKey().overflowed();
                    }
                }
            }
        }
        if (streamed) {
            // encode here, on the publishing thread, rather than on a subscriber's event loop; an event nobody
            // streams is encoded only if a later reader (history replay) asks for it
            event.json();
        }
        listeners.forEach(l -> l.accept(event));
        return event;
    }

    /** In-process listener (no buffer, runs on the publishing thread after the fan-out; must not block). */
    public void addListener(Consumer<ServiceEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Registers a subscriber. With {@code lastEventId} the retained matching events after it are returned for
     * replay; when the history does not reach back to it, the subscription carries a {@link Subscription.Gap}.
     */
    public Subscription subscribe(Optional<Long> lastEventId, EventFilter filter, EventSink sink) {
        synchronized (lock) {
            List<ServiceEvent> replay = new ArrayList<>();
            Optional<Subscription.Gap> gap = Optional.empty();
            if (lastEventId.isPresent()) {
                long after = lastEventId.get();
                long first = history.isEmpty() ? lastId + 1 : history.peekFirst().id();
                if (after < first - 1 || after > lastId) {
                    gap = Optional.of(new Subscription.Gap(after, history.isEmpty() ? 0 : first, lastId));
                }
                long from = after > lastId ? 0 : after;
                for (ServiceEvent e : history) {
                    if (e.id() > from && filter.accepts(e)) {
                        replay.add(e);
                    }
                }
            }
            subscribers.put(sink, filter);
            return new Subscription(replay, gap, () -> subscribers.remove(sink));
        }
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    public long latestId() {
        synchronized (lock) {
            return lastId;
        }
    }

    /** Retained events matching the filter, oldest first (for tests and diagnostics). */
    public List<ServiceEvent> retained(EventFilter filter) {
        synchronized (lock) {
            return history.stream().filter(filter::accepts).toList();
        }
    }
}
