package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccwconsole.testing.Property;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PmcwSchibTest {

    @Test
    void qemuInitialPmcwOfTheDocumentedDevice() {
        // QEMU doc example: PIM/PAM/POM f0 f0 ff, CHPIDs 1a2a3a0a 00000000
        Pmcw pmcw = Pmcw.initial(0x5000, 0xF0, 0xF0, 0xFF, List.of(0x1a, 0x2a, 0x3a, 0x0a, 0, 0, 0, 0));
        byte[] expected = hex("00000000 0001 5000 00 00 00 f0 0000 ff f0 1a2a3a0a 00000000 00000000");
        assertArrayEquals(expected, pmcw.encode());
        assertEquals(pmcw, Pmcw.decode(expected));
        assertEquals(List.of(0x1a, 0x2a, 0x3a, 0x0a), pmcw.chpidsIn(pmcw.pam()));
        assertEquals(2, pmcw.slotOf(0x3a));
        assertEquals(-1, pmcw.slotOf(0x99));
    }

    @Test
    void bitFieldPositions() {
        Pmcw p = Pmcw.builder().isc(7).limitMode(3).measurementMode(2).flag(PmcwFlag.E, true)
                .subchannelType(5).controlFlag(PmcwControlFlag.CONCURRENT_SENSE, true).build();
        byte[] b = p.encode();
        assertEquals(0x3800 | 0x0060 | 0x0010 | 0x0080, ((b[4] & 0xFF) << 8) | (b[5] & 0xFF));
        assertArrayEquals(hex("00 a0 00 01"), java.util.Arrays.copyOfRange(b, 24, 28));
        assertEquals(EnumSet.of(PmcwFlag.E), p.flagSet());
        assertEquals(EnumSet.of(PmcwControlFlag.CONCURRENT_SENSE), p.controlFlagSet());
    }

    @Test
    void pathMaskSlots() {
        assertEquals(0x80, PathMask.bit(0));
        assertEquals(0x01, PathMask.bit(7));
        assertEquals(List.of(0, 1, 7), PathMask.slots(0xC1));
        assertEquals(0xC1, PathMask.of(List.of(0, 1, 7)));
        assertEquals("0c", PathMask.format(0x0C));
    }

    @Test
    void roundTrips() {
        Property.forAll(PmcwSchibTest::randomSchib, s -> assertEquals(s, Schib.decode(s.encode())));
        Property.forAll(r -> {
            byte[] b = Property.bytes(r, Schib.SIZE);
            b[4] &= (byte) ~0x07;
            b[24] = 0;
            b[25] &= (byte) 0xE0;
            b[26] = 0;
            b[27] &= 0x07;
            b[30] &= 0x7F;
            b[32] &= 0x7F;
            return b;
        }, b -> assertArrayEquals(b, Schib.decode(b).encode()));
    }

    @Test
    void malformed() {
        assertMalformed("Pmcw", "(end)", 27, () -> Pmcw.decode(new byte[27]));
        assertMalformed("Pmcw", "(end)", 28, () -> Pmcw.decode(new byte[29]));
        byte[] b = new byte[Schib.SIZE];
        b[4] = 0x01;
        assertMalformed("Schib", "pmcw.reserved(word1 bits 5-7)", 4, () -> Schib.decode(b));
        b[4] = 0;
        b[26] = 0x10;
        assertMalformed("Schib", "pmcw.reserved(word6)", 24, () -> Schib.decode(b));
        b[26] = 0;
        b[30] = (byte) 0x80;
        assertMalformed("Schib", "scsw.reserved(bit 16)", 30, () -> Schib.decode(b));
        assertMalformed("Schib", "(end)", 51, () -> Schib.decode(new byte[51]));
        assertMalformed("Schib", "(end)", 52, () -> Schib.decode(new byte[53]));
    }

    static Schib randomSchib(SplittableRandom r) {
        Pmcw p = new Pmcw(r.nextInt(), r.nextInt() & Pmcw.FLAG_MASK, r.nextInt(8), r.nextInt(4), r.nextInt(4),
                r.nextInt(0x10000), r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(0x10000),
                r.nextInt(256), r.nextInt(256),
                List.of(r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(256),
                        r.nextInt(256), r.nextInt(256)), r.nextInt(8), r.nextInt(8));
        return new Schib(p, ScswTest.random(r), r.nextLong(), r.nextInt());
    }
}
