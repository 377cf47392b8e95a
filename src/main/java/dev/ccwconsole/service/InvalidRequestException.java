package dev.ccwconsole.service;

import java.util.Optional;

/**
 * A request the service cannot act on (HTTP 422), naming the field; for channel programs also the CCW index
 * ({@code program[ccwIndex].field}).
 */
public final class InvalidRequestException extends RuntimeException {

    private final Integer ccwIndex;
    private final String field;
    private final String reason;

    public InvalidRequestException(Integer ccwIndex, String field, String reason) {
        super((ccwIndex == null ? field : "program[" + ccwIndex + "]." + field) + ": " + reason);
        this.ccwIndex = ccwIndex;
        this.field = field;
        this.reason = reason;
    }

    public static InvalidRequestException field(String field, String reason) {
        return new InvalidRequestException(null, field, reason);
    }

    public static InvalidRequestException ccw(int index, String field, String reason) {
        return new InvalidRequestException(index, field, reason);
    }

    public Optional<Integer> ccwIndex() {
        return Optional.ofNullable(ccwIndex);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
