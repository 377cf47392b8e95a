package dev.ccwconsole.service;

import java.time.Instant;

/**
 * One event of the pipeline: its global id, type, subchannel (empty string for host-wide events), time, the typed
 * payload for in-process readers and its JSON form, serialised once when it was published.
 */
public record ServiceEvent(long id, EventType type, String schid, Instant at, Object payload, String json) {
}
