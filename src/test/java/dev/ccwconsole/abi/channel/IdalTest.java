package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccwconsole.testing.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdalTest {

    @Test
    void idawCountRule() {
        assertEquals(1, IdawFormat.FORMAT2_4K.idawCount(0x1000, 4096));
        assertEquals(2, IdawFormat.FORMAT2_4K.idawCount(0x1001, 4096));
        assertEquals(2, IdawFormat.FORMAT1_2K.idawCount(0x1000, 4096));
        assertEquals(3, IdawFormat.FORMAT2_2K.idawCount(0x17FF, 4096));
        assertEquals(1, IdawFormat.FORMAT2_4K.idawCount(0x1FFF, 1));
        assertEquals(2, IdawFormat.FORMAT2_4K.idawCount(0x1FFF, 2));
        assertEquals(1, IdawFormat.FORMAT2_4K.idawCount(0x1FFF, 0), "count 0 is treated as 1");
        assertEquals(17, IdawFormat.FORMAT2_4K.idawCount(0x1234, 65535));
    }

    @Test
    void formatsAndTheirOrbBits() {
        assertEquals(IdawFormat.FORMAT1_2K, IdawFormat.of(false, true), "T matters only with H");
        for (IdawFormat f : IdawFormat.values()) {
            Orb orb = Orb.builder().flags(OrbFlag.FORMAT1.mask() | f.orbFlags()).build();
            assertEquals(f, orb.idawFormat());
        }
    }

    @Test
    void coveringListsTheBlockBoundaries() {
        Idal idal = Idal.covering(IdawFormat.FORMAT2_4K, 0x10_0F00, 0x300);
        assertEquals(List.of(0x10_0F00L, 0x10_1000L), idal.addresses());
        assertEquals(-1, idal.firstMisalignedIdaw());
        assertArrayEquals(hex("00000000 00100F00 00000000 00101000"), idal.encode());
        Idal format1 = Idal.covering(IdawFormat.FORMAT1_2K, 0x7FF, 2);
        assertArrayEquals(hex("000007FF 00000800"), format1.encode());
        assertEquals(1, new Idal(IdawFormat.FORMAT2_2K, List.of(0L, 0x900L)).firstMisalignedIdaw());
    }

    @Test
    void roundTripsInEveryFormat() {
        Property.forAll(r -> {
            IdawFormat f = IdawFormat.values()[r.nextInt(3)];
            List<Long> a = new ArrayList<>();
            for (int i = r.nextInt(20); i > 0; i--) {
                a.add(f == IdawFormat.FORMAT1_2K ? r.nextInt() & 0x7FFFFFFFL : r.nextLong());
            }
            return new Idal(f, a);
        }, idal -> {
            assertEquals(idal, Idal.decode(idal.format(), idal.encode()));
            assertArrayEquals(idal.encode(), Idal.decode(idal.format(), idal.encode()).encode());
        });
        Property.forAll(r -> Property.bytes(r, 8 * r.nextInt(10)),
                b -> assertArrayEquals(b, Idal.decode(IdawFormat.FORMAT2_4K, b).encode()));
    }

    @Test
    void malformed() {
        assertMalformed("Idal", "idaw[1]", 4, () -> Idal.decode(IdawFormat.FORMAT1_2K, new byte[6]));
        assertMalformed("Idal", "idaw[1]", 8, () -> Idal.decode(IdawFormat.FORMAT2_4K, new byte[12]));
        assertMalformed("Idal", "idaw[1]", 4, () -> Idal.decode(IdawFormat.FORMAT1_2K, hex("00001000 80000800")));
    }
}
