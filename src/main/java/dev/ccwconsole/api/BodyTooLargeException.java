package dev.ccwconsole.api;

/** A request body above {@code ccw.limits.max-body-bytes}. */
final class BodyTooLargeException extends RuntimeException {

    private final long limit;

    BodyTooLargeException(long length, long limit) {
        super("the request body has " + length + " bytes; the limit is " + limit);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
