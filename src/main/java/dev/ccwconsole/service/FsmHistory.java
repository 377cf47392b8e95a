package dev.ccwconsole.service;

import dev.ccwconsole.device.Host;
import dev.ccwconsole.fsm.Transition;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FSM transitions from {@link Host#onTransition} become {@code fsm} events and a bounded per-subchannel history
 * (each entry with the id of its event). The backend calls the listener with its FSM locked: it only hands the
 * record to the {@link PipelineThread}.
 */
@Singleton
public class FsmHistory {

    /** One remembered transition and the id of the event it became. */
    public record Entry(Transition transition, long eventId) {
    }

    private final Map<String, ArrayDeque<Entry>> bySchid = new ConcurrentHashMap<>();
    private final Host host;
    private final PipelineThread thread;
    private final EventHub hub;
    private final int capacity;
    private volatile boolean started;

    public FsmHistory(Host host, PipelineThread thread, EventHub hub, CcwConfig config) {
        this.host = host;
        this.thread = thread;
        this.hub = hub;
        this.capacity = Math.max(1, config.events().fsmHistorySize());
    }

    synchronized void start() {
        if (!started) {
            started = true;
            host.onTransition(t -> thread.execute(() -> record(t)));
        }
    }

    private void record(Transition t) {
        ServiceEvent e = hub.publish(EventType.FSM, t.subchannel(), new FsmEvent(t));
        ArrayDeque<Entry> q = bySchid.computeIfAbsent(t.subchannel(), k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(new Entry(t, e.id()));
            if (q.size() > capacity) {
                q.removeFirst();
            }
        }
    }

    public List<Entry> history(String schid) {
        ArrayDeque<Entry> q = bySchid.get(schid);
        if (q == null) {
            return List.of();
        }
        synchronized (q) {
            return List.copyOf(q);
        }
    }
}
