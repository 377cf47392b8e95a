package dev.ccwconsole.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ccwconsole.service.EventType;
import dev.ccwconsole.service.ServiceEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SseFramesTest {

    @Test
    void anEventIsEncodedOnceAndSharedByEveryCaller() {
        ServiceEvent e = new ServiceEvent(42, EventType.IRQ, "0.0.0100", Instant.EPOCH, null, "{\"schid\":\"0.0.0100\"}");
        byte[] first = e.wireForm(SseFrames::of);
        assertEquals("id: 42\nevent: irq\ndata: {\"schid\":\"0.0.0100\"}\n\n",
                new String(first, StandardCharsets.UTF_8));
        assertSame(first, e.wireForm(x -> {
            throw new AssertionError("encoded twice");
        }));
    }

    @Test
    void aLineBreakInTheDataStartsAnotherDataLine() {
        assertEquals("event: gap\ndata: {\ndata: \"a\":1\ndata: }\n\n",
                new String(SseFrames.control("gap", "{\n\"a\":1\r\n}"), StandardCharsets.UTF_8));
    }
}
