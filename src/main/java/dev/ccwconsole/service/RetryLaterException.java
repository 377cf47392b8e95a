package dev.ccwconsole.service;

/** The region kept answering -EAGAIN through every bounded retry (HTTP 503 with Retry-After, spec §4.4). */
public final class RetryLaterException extends RuntimeException {

    private final int attempts;
    private final int retryAfterSeconds;

    public RetryLaterException(String operation, String schid, int attempts, int retryAfterSeconds) {
        super(operation + " on " + schid + ": the I/O mutex was still held (-EAGAIN) after " + attempts
                + " immediate attempts");
        this.attempts = attempts;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int attempts() {
        return attempts;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
