package dev.ccwconsole.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A subscriber's choice: one subchannel or all, and which event types (empty set = all). */
public record EventFilter(Optional<String> schid, Set<EventType> types) {

    public EventFilter {
        types = types.isEmpty() ? EnumSet.allOf(EventType.class) : EnumSet.copyOf(types);
    }

    public static EventFilter all() {
        return new EventFilter(Optional.empty(), Set.of());
    }

    public boolean accepts(ServiceEvent e) {
        return types.contains(e.type()) && schid.map(s -> s.equals(e.schid())).orElse(true);
    }
}
