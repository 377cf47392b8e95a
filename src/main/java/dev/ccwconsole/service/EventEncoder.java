package dev.ccwconsole.service;

import java.time.Instant;

/**
 * Turns an event payload into the JSON object of the stream's {@code data:} line. The transport layer supplies it,
 * so the service knows no wire format; the hub calls it once per event, not once per subscriber.
 */
public interface EventEncoder {

    String encode(EventType type, String schid, Instant at, Object payload);
}
