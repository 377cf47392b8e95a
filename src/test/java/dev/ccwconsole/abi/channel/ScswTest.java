package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.BitFlags;

import static dev.ccwconsole.abi.channel.Malformed.assertMalformed;
import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.testing.Property;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScswTest {

    @Test
    void everyBitHasItsSpecPosition() {
        assertWord0(0x08000000, ScswFlag.SUSPEND);
        assertWord0(0x04000000, ScswFlag.ESW_FORMAT0);
        assertWord0(0x00800000, ScswFlag.FORMAT1);
        assertWord0(0x00400000, ScswFlag.PREFETCH);
        assertWord0(0x00200000, ScswFlag.INITIAL_STATUS);
        assertWord0(0x00100000, ScswFlag.ADDRESS_LIMIT);
        assertWord0(0x00080000, ScswFlag.SUPPRESS_SUSPENDED);
        assertWord0(0x00040000, ScswFlag.ZERO_CC);
        assertWord0(0x00020000, ScswFlag.EXTENDED_CONTROL);
        assertWord0(0x00010000, ScswFlag.PATH_NOT_OPERATIONAL);
        int[] ac = {0x800, 0x400, 0x200, 0x100, 0x80, 0x40, 0x20};
        for (int i = 0; i < ac.length; i++) {
            assertEquals(ac[i], ActivityControl.values()[i].mask());
        }
        assertEquals(0x4000, FunctionControl.START.mask());
        assertEquals(0x1000, FunctionControl.CLEAR.mask());
        assertEquals(0x10, StatusControl.ALERT.mask());
        assertEquals(0x01, StatusControl.STATUS_PENDING.mask());
        assertEquals(0xF0000000, Scsw.builder().key(15).build().word0());
        assertEquals(0x02000000, Scsw.builder().deferredCc(2).build().word0());
    }

    @Test
    void restNames() {
        assertEquals("ATTN SM CUE BUSY CE DE UC UE",
                BitFlags.names(EnumSet.allOf(DeviceStatus.class), " "));
        assertEquals("PCI IL PROGRAM_CHECK PROTECTION_CHECK CHANNEL_DATA_CHECK CHANNEL_CONTROL_CHECK "
                + "INTERFACE_CONTROL_CHECK CHAINING_CHECK", BitFlags.names(EnumSet.allOf(SubchannelStatus.class), " "));
        assertEquals("RESUME_PENDING START_PENDING HALT_PENDING CLEAR_PENDING SUBCHANNEL_ACTIVE DEVICE_ACTIVE SUSPENDED",
                BitFlags.names(EnumSet.allOf(ActivityControl.class), " "));
    }

    @Test
    void solicitedAndFinal() {
        Scsw attention = Scsw.builder().statusControl(StatusControl.ALERT, StatusControl.STATUS_PENDING).build();
        assertFalse(attention.isSolicited());
        assertTrue(attention.toBuilder().deferredCc(1).build().isSolicited());
        assertTrue(attention.withStatusControl(0x17).isSolicited());
        assertTrue(attention.withStatusControl(0x01).isSolicited());
        assertTrue(attention.isFinal());
        assertFalse(attention.withActivityControl(ActivityControl.DEVICE_ACTIVE.mask()).isFinal());
        assertFalse(attention.withActivityControl(ActivityControl.SUBCHANNEL_ACTIVE.mask()).isFinal());
        assertTrue(attention.withActivityControl(ActivityControl.SUSPENDED.mask()).isFinal());
    }

    @Test
    void describeNamesEverything() {
        Scsw s = Scsw.decode(hex("00 C0 40 17 00 00 10 08 0E 40 00 04"));
        assertEquals("SCSW 00c04017 key 0 flags FORMAT1+PREFETCH cc 0 FC START AC - "
                + "SC ALERT+PRIMARY+SECONDARY+STATUS_PENDING CCW 0x00001008 DS CE+DE+UC SS IL residual 4", s.describe());
    }

    @Test
    void roundTrips() {
        Property.forAll(ScswTest::random, s -> assertEquals(s, Scsw.decode(s.encode())));
        Property.forAll(r -> {
            byte[] b = Property.bytes(r, 12);
            b[2] &= 0x7F;
            b[4] &= 0x7F;
            return b;
        }, b -> assertArrayEquals(b, Scsw.decode(b).encode()));
    }

    @Test
    void malformed() {
        assertMalformed("Scsw", "(end)", 11, () -> Scsw.decode(new byte[11]));
        assertMalformed("Scsw", "(end)", 12, () -> Scsw.decode(new byte[13]));
        assertMalformed("Scsw", "reserved(bit 16)", 2, () -> Scsw.decode(hex("00 00 80 00 00 00 00 00 00 00 00 00")));
        assertMalformed("Scsw", "ccwAddress", 4, () -> Scsw.decode(hex("00 00 40 00 80 00 00 00 00 00 00 00")));
    }

    static Scsw random(SplittableRandom r) {
        return new Scsw(r.nextInt(16), r.nextInt() & Scsw.FLAG_MASK, r.nextInt(4), r.nextInt() & Scsw.FC_MASK,
                r.nextInt() & Scsw.AC_MASK, r.nextInt() & Scsw.SC_MASK, r.nextInt() & 0x7FFFFFFF, r.nextInt(256),
                r.nextInt(256), r.nextInt(0x10000));
    }

    private static void assertWord0(int mask, ScswFlag flag) {
        assertEquals(mask, flag.mask(), flag.name());
        assertEquals(EnumSet.of(flag), Scsw.decode(Scsw.builder().flag(flag, true).build().encode()).flagSet());
    }
}
