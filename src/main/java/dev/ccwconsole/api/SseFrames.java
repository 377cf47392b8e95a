package dev.ccwconsole.api;

import dev.ccwconsole.service.ServiceEvent;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of SSE frames (WHATWG "server-sent events"): {@code id:}, {@code event:}, one {@code data:} line per line
 * of the JSON, and the blank line that ends the frame. An event's frame is encoded once and shared by all subscribers
 * (see {@link ServiceEvent#wireForm}); control frames (heartbeat, gap) carry no id so they never disturb resume.
 */
final class SseFrames {

    private SseFrames() {
    }

    /** The frame of a published event; pass as {@code event.wireForm(SseFrames::of)}. */
    static byte[] of(ServiceEvent e) {
        StringBuilder sb = new StringBuilder(e.json().length() + 48);
        sb.append("id: ").append(e.id()).append('\n');
        return finish(sb, e.type().wireName(), e.json());
    }

    /** A frame without id: heartbeat and gap. */
    static byte[] control(String name, String json) {
        return finish(new StringBuilder(json.length() + 32), name, json);
    }

    private static byte[] finish(StringBuilder sb, String name, String json) {
        sb.append("event: ").append(name).append('\n');
        if (json.indexOf('\n') < 0 && json.indexOf('\r') < 0) {
            sb.append("data: ").append(json).append('\n');
        } else {
            // Jackson writes compact JSON, but a raw line break would end the data field early: one line each
            for (String line : json.split("\r\n|\r|\n", -1)) {
                sb.append("data: ").append(line).append('\n');
            }
        }
        return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
