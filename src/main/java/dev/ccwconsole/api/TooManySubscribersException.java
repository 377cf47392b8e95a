package dev.ccwconsole.api;

/** The SSE subscriber cap is reached (429 with Retry-After). */
final class TooManySubscribersException extends RuntimeException {

    TooManySubscribersException(int max) {
        super("the server already streams events to " + max + " subscribers (ccw.events.max-subscribers)");
    }
}
