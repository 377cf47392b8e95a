package dev.ccwconsole.service;

/** A subchannel, channel path or mdev that the host does not have (HTTP 404). */
public final class UnknownResourceException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownResourceException(String kind, String id) {
        super("no " + kind + " " + id);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
