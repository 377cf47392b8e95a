package dev.ccwconsole.service;

/** The request is valid but the object's state does not allow it now (HTTP 409), e.g. no open mdev on a subchannel. */
public final class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
