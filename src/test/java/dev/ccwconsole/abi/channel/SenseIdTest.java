package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.testing.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SenseIdTest {

    @Test
    void sevenByteFormWithoutCiws() {
        byte[] display = hex("FF 32 74 1D 32 78 02");
        SenseId id = SenseId.decode(display);
        assertEquals(SenseId.of(0x3274, 0x1D, 0x3278, 0x02, List.of()), id);
        assertArrayEquals(display, id.encode());
        byte[] eight = hex("FF 34 90 50 34 90 50 00");
        assertArrayEquals(eight, SenseId.decode(eight).encode());
    }

    @Test
    void ciwNames() {
        assertEquals("CIW 40fa0100: read configuration data via command fa (read configuration data), 256 bytes",
                Ciw.fromWord(0x40FA0100).describe());
        assertEquals("set interface identifier", Ciw.fromWord(0x41270004).typeName());
        assertEquals("read node identifier", Ciw.fromWord(0x423E0060).typeName());
        assertEquals("unknown type 5", Ciw.fromWord(0x45000000).typeName());
    }

    @Test
    void senseBits() {
        assertEquals(List.of("command reject", "equipment check"), SenseBits.byte0(0x90));
        assertEquals(List.of("no record found"), SenseBits.byte1Dasd(0x08));
        byte[] sense = new byte[32];
        sense[0] = (byte) 0x80;
        sense[7] = 0x02;
        assertEquals("command reject (format 0, message 2)", SenseBits.explain(sense));
        assertEquals(0, SenseBits.format(sense));
        assertEquals(2, SenseBits.message(sense));
        assertEquals("no sense data", SenseBits.explain(new byte[0]));
    }

    @Test
    void roundTrips() {
        Property.forAll(r -> {
            List<Ciw> ciws = new ArrayList<>();
            for (int i = r.nextInt(63); i > 0; i--) {
                ciws.add(new Ciw(r.nextInt(16), r.nextInt(256), r.nextInt(0x10000)));
            }
            return new SenseId(r.nextInt(0x10000), r.nextInt(256), r.nextInt(0x10000), r.nextInt(256), ciws,
                    !ciws.isEmpty() || r.nextBoolean());
        }, id -> {
            assertEquals(id, SenseId.decode(id.encode()));
            assertTrue(id.encode().length <= SenseId.MAX_SIZE);
        });
    }

    @Test
    void zeroPaddingAfterTheLastCiwEndsTheList() {
        // what QEMU's virtio-rng control unit answered through the real vfio_ccw driver (s390x guest): the whole
        // 256-byte buffer, zeros after byte 3
        byte[] virtio = new byte[256];
        System.arraycopy(hex("FF 38 32 04"), 0, virtio, 0, 4);
        SenseId id = SenseId.decode(virtio);
        assertEquals(0x3832, id.cuType());
        assertEquals(0x04, id.cuModel());
        assertEquals(List.of(), id.ciws());

        byte[] dasd = new byte[64];
        System.arraycopy(hex("FF 39 90 E9 33 90 0C 00 40 FA 01 00"), 0, dasd, 0, 12);
        assertEquals(List.of(Ciw.fromWord(0x40FA0100)), SenseId.decode(dasd).ciws());
    }

    @Test
    void malformed() {
        assertMalformed("SenseId", "(end)", 6, () -> SenseId.decode(hex("FF 39 90 E9 33 90")));
        assertMalformed("SenseId", "(end)", 256, () -> SenseId.decode(new byte[257]));
        assertMalformed("SenseId", "ff", 0, () -> SenseId.decode(hex("00 39 90 E9 33 90 0C")));
        assertMalformed("SenseId", "reserved", 7, () -> SenseId.decode(hex("FF 39 90 E9 33 90 0C 01")));
        assertMalformed("SenseId", "ciw[0]", 8, () -> SenseId.decode(hex("FF 39 90 E9 33 90 0C 00 40 FA")));
        assertMalformed("SenseId", "ciw[1].entryType", 12,
                () -> SenseId.decode(hex("FF 39 90 E9 33 90 0C 00 40 FA 01 00 00 E4 00 00")));
        assertMalformed("SenseId", "ciw[0].reserved", 8, () -> SenseId.decode(hex("FF 39 90 E9 33 90 0C 00 70 FA 01 00")));
    }
}
