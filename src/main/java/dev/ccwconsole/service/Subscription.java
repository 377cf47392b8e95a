package dev.ccwconsole.service;

import java.util.List;
import java.util.Optional;

/**
 * What a new subscriber gets: the retained events after its Last-Event-ID (to send before any live one), a gap
 * notice when the history no longer reaches back that far, and the handle to cancel.
 */
public record Subscription(List<ServiceEvent> replay, Optional<Gap> gap, Runnable cancel) {

    /**
     * @param lastEventId     the id the client asked to resume after
     * @param firstRetainedId the oldest id still in the history (0 when the history is empty)
     * @param latestId        the newest id published so far
     */
    public record Gap(long lastEventId, long firstRetainedId, long latestId) {
    }
}
