package dev.ccwconsole.service;

import java.time.Instant;
import java.util.function.Function;

/**
 * One event of the pipeline: its global id, type, subchannel (empty string for host-wide events), time, the typed
 * payload for in-process readers and its JSON form, serialised at most once, by the first reader that needs it: an
 * event nobody streams (most of them, under load without subscribers) costs no JSON at all. Payloads are immutable,
 * so encoding later gives the bytes encoding at publication would have given.
 *
 * <p>The transport may attach its wire form with {@link #wireForm}: computed by the first caller and then shared, so
 * a hundred subscribers write the same bytes instead of encoding the event a hundred times. The service does not know
 * what the bytes are.
 */
public final class ServiceEvent {

    private final long id;
    private final EventType type;
    private final String schid;
    private final Instant at;
    private final Object payload;
    private final EventEncoder encoder;
    /** Racy single-check memos: two threads may both encode, but they produce equal results and either may win. */
    private volatile String json;
    private volatile byte[] wireForm;

    public ServiceEvent(long id, EventType type, String schid, Instant at, Object payload, EventEncoder encoder) {
        this.id = id;
        this.type = type;
        this.schid = schid;
        this.at = at;
        this.payload = payload;
        this.encoder = encoder;
    }

    public ServiceEvent(long id, EventType type, String schid, Instant at, Object payload, String json) {
        this(id, type, schid, at, payload, (t, s, a, p) -> json);
        this.json = json;
    }

    public long id() {
        return id;
    }

    public EventType type() {
        return type;
    }

    public String schid() {
        return schid;
    }

    public Instant at() {
        return at;
    }

    public Object payload() {
        return payload;
    }

    public String json() {
        String text = json;
        if (text == null) {
            text = encoder.encode(type, schid, at, payload);
            json = text;
        }
        return text;
    }

    /** The transport encoding of this event, made by {@code encoder} on first use and shared afterwards. */
    public byte[] wireForm(Function<ServiceEvent, byte[]> encoder) {
        byte[] bytes = wireForm;
        if (bytes == null) {
            bytes = encoder.apply(this);
            wireForm = bytes;
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "ServiceEvent[id=" + id + ", type=" + type + ", schid=" + schid + ", at=" + at + "]";
    }
}
