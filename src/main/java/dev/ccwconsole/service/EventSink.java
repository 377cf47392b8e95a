package dev.ccwconsole.service;

/**
 * A subscriber of the {@link EventHub}. Called with the hub's publish lock held, in id order: it must only enqueue.
 */
public interface EventSink {

    /** Queues the event; false when the subscriber's buffer is full, which ends the subscription. */
    boolean offer(ServiceEvent event);

    /** The hub dropped this subscriber because it fell behind; it should close its connection. */
    void overflowed();
}
