package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.testing.Property;
import org.junit.jupiter.api.Test;

class CrwTest {

    @Test
    void fieldPositions() {
        Crw crw = new Crw(true, true, true, 0xF, true, 0x3F, 0xFFFF);
        assertEquals(0x7FBFFFFF, crw.word());
        assertEquals(0x03010313, new Crw(false, false, false, 3, false, 1, 0x0313).word());
    }

    @Test
    void everySourceAndRecoveryCodeHasAName() {
        assertEquals("monitoring facility", Crw.fromWord(0x02000000).sourceName());
        assertEquals("subchannel", Crw.fromWord(0x03000000).sourceName());
        assertEquals("channel path", Crw.fromWord(0x04000000).sourceName());
        assertEquals("configuration-alert facility", Crw.fromWord(0x09000000).sourceName());
        assertEquals("channel subsystem", Crw.fromWord(0x0B000000).sourceName());
        assertEquals("unknown (0x5)", Crw.fromWord(0x05000000).sourceName());
        String[] erc = {"event information pending", "available", "initialized", "temporary error",
            "installed parameters initialized", "terminal", "permanent error, facility not initialized",
            "permanent error, facility initialized", "installed parameters modified"};
        for (int i = 0; i < erc.length; i++) {
            assertEquals(erc[i], Crw.fromWord(0x04000000 | (i << 16)).recoveryName());
        }
        assertEquals("unknown (9)", Crw.fromWord(0x04090000).recoveryName());
    }

    @Test
    void describeMentionsFlags() {
        String text = Crw.fromWord(0x7B810001).describe();
        assertTrue(text.contains("channel subsystem") && text.contains("solicited") && text.contains("overflow")
                && text.contains("chained") && text.contains("ancillary"), text);
    }

    @Test
    void roundTrips() {
        Property.forAll(r -> new Crw(r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextInt(16), r.nextBoolean(),
                r.nextInt(64), r.nextInt(0x10000)), c -> assertEquals(c, Crw.decode(c.encode())));
        Property.forAll(r -> r.nextInt() & 0x7FBFFFFF, w -> assertEquals(w, Crw.fromWord(w).word()));
    }

    @Test
    void malformed() {
        assertMalformed("Crw", "(end)", 3, () -> Crw.decode(new byte[3]));
        assertMalformed("Crw", "(end)", 4, () -> Crw.decode(new byte[8]));
        assertMalformed("Crw", "reserved(bit 0)", 0, () -> Crw.decode(hex("84 06 00 1a")));
        assertMalformed("Crw", "reserved(bit 9)", 1, () -> Crw.decode(hex("04 46 00 1a")));
        assertArrayEquals(hex("04 02 00 1a"), Crw.channelPathAvailable(0x1a).encode());
    }
}
