package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ccwconsole.testing.Property;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrbTest {

    @Test
    void everyFlagHasItsSpecMask() {
        int[] expected = {0x08000000, 0x04000000, 0x02000000, 0x01000000, 0x00800000, 0x00400000, 0x00200000,
            0x00100000, 0x00080000, 0x00040000, 0x00020000, 0x00010000, 0x80, 0x40, 0x01};
        OrbFlag[] flags = OrbFlag.values();
        assertEquals(expected.length, flags.length);
        for (int i = 0; i < flags.length; i++) {
            assertEquals(expected[i], flags[i].mask(), flags[i].name());
            Orb orb = Orb.decode(new Orb(0, 0, expected[i], 0, 0, null).encode());
            assertEquals(EnumSet.of(flags[i]), orb.flagSet());
        }
        assertEquals("format1", OrbFlag.FORMAT1.jsonName());
        assertEquals("ils", OrbFlag.INCORRECT_LENGTH_SUPPRESSION.jsonName());
    }

    @Test
    void keyLpmAndIdawFormat() {
        Orb orb = Orb.decode(hex("00 00 00 01 71 03 A5 00 7F FF FF F8"));
        assertEquals(7, orb.key());
        assertEquals(0xA5, orb.lpm());
        assertEquals(0x7FFFFFF8, orb.channelProgramAddress());
        assertEquals(EnumSet.of(OrbFlag.SYNCHRONIZATION, OrbFlag.FORMAT2_IDAW, OrbFlag.IDAW_2K), orb.flagSet());
        assertEquals(IdawFormat.FORMAT2_2K, orb.idawFormat());
        assertEquals(IdawFormat.FORMAT1_2K, orb.withFlag(OrbFlag.FORMAT2_IDAW, false).idawFormat());
        assertEquals(IdawFormat.FORMAT2_4K, orb.withFlag(OrbFlag.IDAW_2K, false).idawFormat());
    }

    @Test
    void extendedFormCarriesPriorities() {
        Orb orb = Orb.builder().extension(new OrbExtension(3, 9)).build();
        byte[] bytes = orb.encode();
        assertEquals(Orb.EXTENDED_SIZE, bytes.length);
        assertEquals(3, bytes[12]);
        assertEquals(9, bytes[14]);
        assertEquals(orb, Orb.decode(bytes));
        assertNull(orb.withFlag(OrbFlag.EXTENSION, false).extension());
        assertThrows(IllegalArgumentException.class, () -> new Orb(0, 0, 0, 0, 0, new OrbExtension(1, 1)));
    }

    @Test
    void decodeEncodeRoundTrips() {
        Property.forAll(OrbTest::randomOrb, orb -> assertEquals(orb, Orb.decode(orb.encode())));
    }

    @Test
    void encodeDecodeRoundTripsValidBytes() {
        Property.forAll(r -> {
            boolean extended = r.nextBoolean();
            byte[] b = Property.bytes(r, extended ? 32 : 12);
            b[7] &= (byte) ~0x3E;
            b[8] &= 0x7F;
            if (extended) {
                b[7] |= 0x01;
                b[13] = 0;
                b[15] = 0;
                java.util.Arrays.fill(b, 16, 32, (byte) 0);
            }
            return b;
        }, b -> assertArrayEquals(b, Orb.decode(b).encode()));
    }

    @Test
    void malformed() {
        assertMalformed("Orb", "(end)", 11, () -> Orb.decode(new byte[11]));
        assertMalformed("Orb", "(end)", 12, () -> Orb.decode(new byte[13]));
        assertMalformed("Orb", "(end)", 12, () -> Orb.decode(new byte[33]));
        assertMalformed("Orb", "reserved(word1 bits 26-30)", 7, () -> Orb.decode(hex("00000000 00800002 00001000")));
        assertMalformed("Orb", "reserved(word2 bit 0)", 8, () -> Orb.decode(hex("00000000 00800000 80001000")));
        byte[] extendedWithoutX = new byte[32];
        assertMalformed("Orb", "X", 7, () -> Orb.decode(extendedWithoutX));
        byte[] reserved = Orb.builder().extension(new OrbExtension(0, 0)).build().encode();
        reserved[13] = 1;
        assertMalformed("Orb", "reserved(word3 byte 1)", 13, () -> Orb.decode(reserved));
        reserved[13] = 0;
        reserved[31] = 1;
        assertMalformed("Orb", "reserved(word7)", 28, () -> Orb.decode(reserved));
    }

    static Orb randomOrb(SplittableRandom r) {
        boolean extended = r.nextBoolean();
        int flags = r.nextInt() & OrbFlag.ALL;
        flags = extended ? flags | OrbFlag.EXTENSION.mask() : flags;
        return new Orb(r.nextInt(), r.nextInt(16), flags, r.nextInt(256), r.nextInt() & 0x7FFFFFFF,
                extended ? new OrbExtension(r.nextInt(256), r.nextInt(256)) : null);
    }
}
