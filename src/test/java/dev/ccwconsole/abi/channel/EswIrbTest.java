package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.testing.Property;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EswIrbTest {

    @Test
    void format0SublogAsQemuReportsChannelChecks() {
        byte[] bytes = hex("04804000 00000000 00000000 00000000 00000000");
        EswFormat0 esw = (EswFormat0) Esw.decode(bytes, true);
        SubchannelLogout log = esw.sublog();
        assertEquals(0x04, log.extendedStatusFlags());
        assertEquals(0x80, log.lpum());
        assertEquals(0x10, log.fieldValidityFlags());
        assertFalse(log.ancillaryReport());
        assertEquals(0x80, esw.lpum());
        assertArrayEquals(bytes, esw.encode());
    }

    @Test
    void sublogFieldPositions() {
        SubchannelLogout log = new SubchannelLogout(0x7F, 0xAB, true, 0x1F, 3, 2, true, true, true, 5);
        assertEquals(0x7FABFFBD, log.word());
        assertEquals(log, SubchannelLogout.fromWord(log.word()));
        assertEquals("clear signal", log.terminationCodeName());
    }

    @Test
    void erwFlagsAndSenseCount() {
        Erw erw = Erw.fromWord(0x01200000);
        assertEquals(EnumSet.of(ErwFlag.S), erw.flagSet());
        assertEquals(32, erw.senseCount());
        int mask = 0x40000000;
        for (ErwFlag f : ErwFlag.values()) {
            assertEquals(mask, f.mask(), f.name());
            mask >>>= 1;
        }
    }

    @Test
    void failingStorageAddressFormat() {
        Erw r = new Erw(ErwFlag.R.mask() | ErwFlag.F.mask(), 0);
        SubchannelLogout log = SubchannelLogout.fromWord(0);
        assertEquals(0x1234_5678_9ABC_DEF0L, new EswFormat0(log, r, 0x1234_5678_9ABC_DEF0L, 0).failingStorageAddress());
        assertEquals(0x1234_5678L,
                new EswFormat0(log, new Erw(ErwFlag.F.mask(), 0), 0x1234_5678_0000_0000L, 0).failingStorageAddress());
    }

    @Test
    void unitCheckWithConcurrentSense() {
        byte[] area = new byte[Irb.SIZE];
        System.arraycopy(hex("06 C2 40 17 00 00 10 08 0E 00 00 00"), 0, area, 0, 12);
        System.arraycopy(hex("00 80 00 00 01 20 00 00"), 0, area, 12, 8);
        area[32] = (byte) 0x80;
        area[63] = 0x55;
        Irb irb = Irb.decode(area);
        assertInstanceOf(EswFormat0.class, irb.esw());
        assertTrue(irb.scsw().has(ScswFlag.EXTENDED_CONTROL));
        byte[] sense = irb.sense().orElseThrow();
        assertEquals(32, sense.length);
        assertEquals((byte) 0x80, sense[0]);
        assertEquals("command reject", SenseBits.explain(new byte[] {sense[0]}));
        assertArrayEquals(area, irb.encode());
    }

    @Test
    void storedFormHasNoEmw() {
        byte[] stored = Arrays.copyOf(Irb.of(Scsw.decode(hex("00C04007 00001008 0C000000")), EswFormat1To3.ofLpum(0x40))
                .encode(), Irb.STORED_SIZE);
        Irb irb = Irb.decodeStored(stored);
        assertEquals(0x40, irb.esw().lpum());
        assertArrayEquals(new byte[32], irb.emw());
        assertArrayEquals(stored, irb.encodeStored());
    }

    @Test
    void eswFormatMustMatchTheLBit() {
        Scsw withL = Scsw.builder().flag(ScswFlag.ESW_FORMAT0, true).build();
        assertThrows(IllegalArgumentException.class, () -> Irb.of(withL, EswFormat1To3.ofLpum(0x80)));
    }

    @Test
    void roundTrips() {
        Property.forAll(EswIrbTest::randomIrb, irb -> {
            assertEquals(irb, Irb.decode(irb.encode()));
            assertEquals(irb.esw(), Esw.decode(irb.esw().encode(), irb.scsw().eswFormat0()));
        });
        Property.forAll(r -> {
            byte[] b = Property.bytes(r, Irb.SIZE);
            b[2] &= 0x7F;
            b[4] &= 0x7F;
            b[16] &= 0x7F;
            b[18] = 0;
            b[19] = 0;
            if ((b[0] & 0x04) != 0) {
                b[12] &= 0x7F;
            } else {
                b[12] = 0;
                Arrays.fill(b, 20, 32, (byte) 0);
            }
            return b;
        }, b -> assertArrayEquals(b, Irb.decode(b).encode()));
    }

    @Test
    void malformed() {
        assertMalformed("Irb", "(end)", 95, () -> Irb.decode(new byte[95]));
        assertMalformed("Irb", "(end)", 96, () -> Irb.decode(new byte[97]));
        assertMalformed("Irb", "(end)", 64, () -> Irb.decodeStored(new byte[96]));
        byte[] area = new byte[Irb.SIZE];
        area[2] = (byte) 0x80;
        assertMalformed("Irb", "scsw.reserved(bit 16)", 2, () -> Irb.decode(area));
        area[2] = 0;
        area[12] = 1;
        assertMalformed("Irb", "esw.reserved(byte 0)", 12, () -> Irb.decode(area));
        area[12] = 0;
        area[31] = 1;
        assertMalformed("Irb", "esw.reserved(word 4)", 28, () -> Irb.decode(area));
        assertMalformed("EswFormat0", "sublog.reserved(bit 0)", 0,
                () -> Esw.decode(hex("80000000 00000000 00000000 00000000 00000000"), true));
        assertMalformed("EswFormat0", "erw.reserved(bit 0)", 4,
                () -> Esw.decode(hex("00000000 80000000 00000000 00000000 00000000"), true));
        assertMalformed("EswFormat0", "(end)", 20, () -> Esw.decode(new byte[21], true));
        assertMalformed("EswFormat1", "(end)", 19, () -> Esw.decode(new byte[19], false));
    }

    @Test
    void qemusUnitCheckIrbThroughTheRealDriverDecodes() {
        // command 0x99 on virtio-rng through vfio_ccw in the s390x guest: L set, ESW format 0, ERW = S with QEMU's
        // sense count in reserved bits 16-31 (sizeof(sense_data) << 8), command reject in ECW byte 0
        byte[] area = hex("04824017 00180008 02000000 00800000 01002000 00000000 00000000 00000000"
                + "80000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000"
                + "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000");
        Irb irb = Irb.decode(area);
        assertTrue(irb.esw().erw().has(ErwFlag.S));
        assertEquals(0x2000, irb.esw().erw().reservedLowBits());
        assertEquals((byte) 0x80, irb.ecw()[0]);
        assertEquals(32, irb.sense().orElseThrow().length, "SCNT 0 with S: the whole ECW, as Linux reads it");
        assertEquals((byte) 0x80, irb.sense().orElseThrow()[0]);
        assertArrayEquals(area, irb.encode());
    }

    static Irb randomIrb(SplittableRandom r) {
        Scsw scsw = ScswTest.random(r);
        Erw erw = new Erw(r.nextInt() & Erw.FLAG_MASK, r.nextInt(64), r.nextBoolean() ? 0 : r.nextInt(0x10000));
        Esw esw = scsw.eswFormat0()
                ? new EswFormat0(SubchannelLogout.fromWord(r.nextInt() & 0x7FFFFFFF), erw, r.nextLong(), r.nextInt())
                : new EswFormat1To3(r.nextInt(256), r.nextInt(0x10000), erw);
        return new Irb(scsw, esw, Property.bytes(r, 32), Property.bytes(r, 32));
    }
}
