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
 * (each entry with the id of its event).
 *
 * <p>Threads: the backend calls the listener on the transition's thread with that subchannel's FSM locked, so the
 * events of one subchannel are published in transition order. Publishing there is safe and short (the hub's lock, an
 * enqueue per subscriber, nothing that waits); it replaced a hand-off to the interrupt pipeline's thread that woke
 * that thread for every transition, the largest hand-off cost of an execute. A transition that precedes an interrupt's
 * eventfd signal is thus published before the interrupt's {@code irq} event, as before.
 */
@Singleton
public class FsmHistory {

    /** One remembered transition and the id of the event it became. */
    public record Entry(Transition transition, long eventId) {
    }

    private final Map<String, ArrayDeque<Entry>> bySchid = new ConcurrentHashMap<>();
    private final Host host;
    private final EventHub hub;
    private final int capacity;
    private volatile boolean started;

    public FsmHistory(Host host, EventHub hub, CcwConfig config) {
        this.host = host;
        this.hub = hub;
        this.capacity = Math.max(1, config.events().fsmHistorySize());
    }

    synchronized void start() {
        if (!started) {
            started = true;
            host.onTransition(this::record);
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
