package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.testing.Property;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CcwTest {

    @Test
    void flagMasks() {
        int mask = 0x80;
        for (CcwFlag flag : CcwFlag.values()) {
            assertEquals(mask, flag.mask(), flag.name());
            mask >>>= 1;
        }
        Ccw ccw = Ccw.of(0x02, EnumSet.of(CcwFlag.CC, CcwFlag.IDA), 10, 0x2000);
        assertEquals(0x44, ccw.flags());
        assertTrue(ccw.isChained());
        assertFalse(ccw.withFlag(CcwFlag.CC, false).isChained());
        assertTrue(ccw.withFlags(CcwFlag.CD.mask()).isChained());
    }

    @Test
    void format0Layout() {
        Ccw ccw = Ccw.decodeFormat0(hex("02 12 34 56 60 00 00 50"));
        assertEquals(new Ccw(0x02, 0x60, 0x50, 0x123456), ccw);
        assertArrayEquals(hex("02 12 34 56 60 00 00 50"), ccw.encodeFormat0());
        assertArrayEquals(hex("02 60 00 50 00 12 34 56"), ccw.encodeFormat1());
        assertThrows(IllegalArgumentException.class, () -> ccw.withDataAddress(0x1000000).encodeFormat0());
    }

    @Test
    void format0TicIsNormalisedAsVfioCcwDoes() {
        for (int command : new int[] {0x08, 0x18, 0xF8}) {
            Ccw tic = Ccw.decodeFormat0(new byte[] {(byte) command, 0x00, 0x20, 0x00, (byte) 0xFF, 0, 0x12, 0x34});
            assertEquals(Ccw.tic(0x2000), tic.convertedFromFormat0());
        }
        Ccw read = new Ccw(0x02, 0x40, 8, 0x3000);
        assertSame(read, read.convertedFromFormat0());
    }

    @Test
    void onlyExactly0x08IsAFormat1Tic() {
        assertTrue(Ccw.tic(0).isTic());
        assertFalse(new Ccw(0x18, 0, 0, 0).isTic());
        assertEquals(CommandClass.TIC, new Ccw(0x18, 0, 0, 0).commandClass());
    }

    @Test
    void commandClasses() {
        assertEquals(CommandClass.INVALID, CommandClass.of(0x00));
        assertEquals(CommandClass.INVALID, CommandClass.of(0xF0));
        assertEquals(CommandClass.WRITE, CommandClass.of(0x01));
        assertEquals(CommandClass.WRITE, CommandClass.of(0x05));
        assertEquals(CommandClass.READ, CommandClass.of(0x02));
        assertEquals(CommandClass.READ, CommandClass.of(0x86));
        assertEquals(CommandClass.CONTROL, CommandClass.of(0x03));
        assertEquals(CommandClass.CONTROL, CommandClass.of(0x07));
        assertEquals(CommandClass.SENSE, CommandClass.of(0x04));
        assertEquals(CommandClass.SENSE, CommandClass.of(0xE4));
        assertEquals(CommandClass.TIC, CommandClass.of(0x08));
        assertEquals(CommandClass.READ_BACKWARD, CommandClass.of(0x0C));
        assertTrue(CommandClass.SENSE.isInput());
        assertFalse(CommandClass.CONTROL.isInput());
    }

    @Test
    void commandCodeNames() {
        assertEquals("sense ID", CommandCode.nameOf(0xE4));
        assertEquals("control no-operation", CommandCode.nameOf(0x03));
        assertEquals("define extent", CommandCode.nameOf(0x63));
        assertEquals("read data (multi-track)", CommandCode.nameOf(0x86));
        assertEquals("unknown", CommandCode.nameOf(0x42));
        assertEquals(CommandClass.SENSE, CommandCode.READ_DEVICE_CHARACTERISTICS.commandClass(), "0x64 ends in 0100");
        for (CommandCode c : CommandCode.values()) {
            assertSame(c, CommandCode.of(c.code()).orElseThrow(), "codes are unique");
        }
    }

    @Test
    void format1RoundTrips() {
        Property.forAll(r -> new Ccw(r.nextInt(256), r.nextInt(256), r.nextInt(0x10000), r.nextInt() & 0x7FFFFFFFL),
                ccw -> assertEquals(ccw, Ccw.decodeFormat1(ccw.encodeFormat1())));
        Property.forAll(r -> {
            byte[] b = Property.bytes(r, 8);
            b[4] &= 0x7F;
            return b;
        }, b -> assertArrayEquals(b, Ccw.decodeFormat1(b).encodeFormat1()));
    }

    @Test
    void format0RoundTrips() {
        Property.forAll(r -> new Ccw(r.nextInt(256), r.nextInt(256), r.nextInt(0x10000), r.nextInt(0x1000000)),
                ccw -> assertEquals(ccw, Ccw.decodeFormat0(ccw.encodeFormat0())));
        Property.forAll(r -> {
            byte[] b = Property.bytes(r, 8);
            b[5] = 0;
            return b;
        }, b -> assertArrayEquals(b, Ccw.decodeFormat0(b).encodeFormat0()));
    }

    @Test
    void uncheckedDecodeKeepsWhatTheKernelReads() {
        byte[] segment = hex("00 00 00 00 00 00 00 00 02 20 00 08 80 00 10 00");
        assertEquals(new Ccw(0x02, 0x20, 8, 0x80001000L), Ccw.decodeFormat1Unchecked(segment, 8));
    }

    @Test
    void malformed() {
        assertMalformed("Ccw1", "(end)", 7, () -> Ccw.decodeFormat1(new byte[7]));
        assertMalformed("Ccw1", "(end)", 8, () -> Ccw.decodeFormat1(new byte[9]));
        assertMalformed("Ccw1", "dataAddress", 4, () -> Ccw.decodeFormat1(hex("02 00 00 08 80 00 10 00")));
        assertMalformed("Ccw0", "(end)", 7, () -> Ccw.decodeFormat0(new byte[7]));
        assertMalformed("Ccw0", "(end)", 8, () -> Ccw.decodeFormat0(new byte[9]));
        assertMalformed("Ccw0", "reserved", 5, () -> Ccw.decodeFormat0(hex("02 00 10 00 00 01 00 08")));
    }
}
