package dev.ccwconsole.service;

import java.util.Locale;
import java.util.Optional;

/** The {@code event:} names of the event stream (api.md "Event stream"); {@code gap} and {@code heartbeat} carry no id. */
public enum EventType {
    IRQ, CRW, FSM, REQ, AUDIT;

    /** The lower-case wire name. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventType> fromWireName(String name) {
        for (EventType t : values()) {
            if (t.wireName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
