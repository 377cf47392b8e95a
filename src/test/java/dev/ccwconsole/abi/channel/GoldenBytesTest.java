package dev.ccwconsole.abi.channel;

import static dev.ccwconsole.abi.channel.Malformed.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exact bytes of spec §9.3 (Sense ID through the I/O region), §5.4 (SCSW images), §3.5 (CRWs), §5.1. */
class GoldenBytesTest {

    @Test
    void senseIdCcwOfTheWorkedExample() {
        byte[] bytes = hex("E4 20 01 00 00 10 10 00");
        Ccw ccw = Ccw.decodeFormat1(bytes);
        assertEquals(new Ccw(0xE4, CcwFlag.SLI.mask(), 256, 0x101000), ccw);
        assertEquals(Set.of(CcwFlag.SLI), ccw.flagSet());
        assertEquals(CommandClass.SENSE, ccw.commandClass());
        assertEquals("sense ID", CommandCode.nameOf(ccw.command()));
        assertArrayEquals(bytes, ccw.encodeFormat1());
    }

    @Test
    void orbOfTheWorkedExample() {
        byte[] bytes = hex("CA FE F0 0D 00 C0 FF 00 00 10 00 00");
        Orb orb = Orb.decode(bytes);
        assertEquals(0xCAFEF00D, orb.intparm());
        assertEquals(0, orb.key());
        assertEquals(EnumSet.of(OrbFlag.FORMAT1, OrbFlag.PREFETCH), orb.flagSet());
        assertEquals(0xFF, orb.lpm());
        assertEquals(0x100000, orb.channelProgramAddress());
        Orb built = Orb.builder().intparm(0xCAFEF00D).channelProgramAddress(0x100000).build();
        assertEquals(orb, built);
        assertArrayEquals(bytes, built.encode());
    }

    @Test
    void scswWrittenWithTheStartRequest() {
        byte[] bytes = hex("00 00 44 00 00 00 00 00 00 00 00 00");
        Scsw scsw = Scsw.decode(bytes);
        assertEquals(Set.of(FunctionControl.START), scsw.fctl());
        assertEquals(Set.of(ActivityControl.START_PENDING), scsw.actl());
        assertTrue(scsw.stctl().isEmpty());
        assertArrayEquals(bytes, Scsw.builder().functionControl(FunctionControl.START)
                .activityControl(ActivityControl.START_PENDING).build().encode());
    }

    @Test
    void irbOfTheWorkedExample() {
        byte[] area = new byte[Irb.SIZE];
        System.arraycopy(hex("00 C0 40 07 00 10 00 08 0C 00 00 EC"), 0, area, 0, 12);
        System.arraycopy(hex("00 80 00 00"), 0, area, 12, 4);
        Irb irb = Irb.decode(area);
        Scsw scsw = irb.scsw();
        assertEquals("00c04007", scsw.word0Hex());
        assertEquals(EnumSet.of(ScswFlag.FORMAT1, ScswFlag.PREFETCH), scsw.flagSet());
        assertEquals(Set.of(FunctionControl.START), scsw.fctl());
        assertTrue(scsw.actl().isEmpty());
        assertEquals(EnumSet.of(StatusControl.PRIMARY, StatusControl.SECONDARY, StatusControl.STATUS_PENDING),
                scsw.stctl());
        assertEquals(0x100008, scsw.ccwAddress());
        assertEquals(EnumSet.of(DeviceStatus.CE, DeviceStatus.DE), scsw.dstat());
        assertTrue(scsw.cstat().isEmpty());
        assertEquals(236, scsw.residualCount());
        assertEquals(0, scsw.deferredCc());
        assertTrue(scsw.isSolicited());
        assertTrue(scsw.isFinal());
        assertEquals(EswFormat1To3.ofLpum(0x80), irb.esw());
        assertFalse(irb.sense().isPresent());
        assertArrayEquals(area, irb.encode());
        assertArrayEquals(java.util.Arrays.copyOf(area, 64), irb.encodeStored());
    }

    @Test
    void senseIdDataOfTheWorkedExample() {
        byte[] bytes = hex("FF 39 90 E9 33 90 0C 00 40 FA 01 00 41 27 00 04 42 3E 00 60");
        SenseId id = SenseId.decode(bytes);
        assertEquals(0x3990, id.cuType());
        assertEquals(0xE9, id.cuModel());
        assertEquals(0x3390, id.devType());
        assertEquals(0x0C, id.devModel());
        assertEquals(List.of(new Ciw(0, 0xFA, 256), new Ciw(1, 0x27, 4), new Ciw(2, 0x3E, 0x60)), id.ciws());
        assertEquals(CiwType.READ_CONFIGURATION_DATA, id.ciws().get(0).ciwType().orElseThrow());
        assertEquals("3990/e9", id.cuTypeText());
        assertEquals("3390/0c", id.devTypeText());
        assertEquals("ccw:t3990mE9dt3390dm0C", id.modalias());
        assertArrayEquals(bytes, id.encode());
        // 256 - 20 bytes transferred = the residual 236 of the IRB above
        assertEquals(236, 256 - id.length());
    }

    @Test
    void scswImageNormalEnd() {
        Scsw scsw = roundTrip("00 C0 40 07 00 00 10 08 0C 00 00 00");
        assertEquals(Scsw.builder().flags(ScswFlag.FORMAT1, ScswFlag.PREFETCH).functionControl(FunctionControl.START)
                .statusControl(StatusControl.PRIMARY, StatusControl.SECONDARY, StatusControl.STATUS_PENDING)
                .ccwAddress(0x1008).deviceStatus(DeviceStatus.CE, DeviceStatus.DE).build(), scsw);
    }

    @Test
    void scswImageUnitCheck() {
        Scsw scsw = roundTrip("00 C0 40 17 00 00 10 08 0E 00 00 00");
        assertEquals(EnumSet.of(StatusControl.ALERT, StatusControl.PRIMARY, StatusControl.SECONDARY,
                StatusControl.STATUS_PENDING), scsw.stctl());
        assertEquals(EnumSet.of(DeviceStatus.CE, DeviceStatus.DE, DeviceStatus.UC), scsw.dstat());
        assertTrue(scsw.isSolicited());
    }

    @Test
    void scswImageDeferredCc3() {
        Scsw scsw = roundTrip("03 C0 40 11 00 00 00 00 00 00 00 00");
        assertEquals(3, scsw.deferredCc());
        assertEquals(EnumSet.of(StatusControl.ALERT, StatusControl.STATUS_PENDING), scsw.stctl());
        assertTrue(scsw.isSolicited(), "alert + pending with a non-zero cc is solicited");
        assertTrue(scsw.dstat().isEmpty());
    }

    @Test
    void scswImageClearCompleted() {
        Scsw scsw = roundTrip("00 00 10 01 00 00 00 00 00 00 00 00");
        assertEquals(Set.of(FunctionControl.CLEAR), scsw.fctl());
        assertEquals(Set.of(StatusControl.STATUS_PENDING), scsw.stctl());
        assertEquals(0x00001001, scsw.word0());
    }

    @Test
    void scswImageHaltCompletedWhileActive() {
        Scsw scsw = roundTrip("00 00 20 C1 00 00 20 08 04 00 00 00");
        assertEquals(Set.of(FunctionControl.HALT), scsw.fctl());
        assertEquals(EnumSet.of(ActivityControl.SUBCHANNEL_ACTIVE, ActivityControl.DEVICE_ACTIVE), scsw.actl());
        assertEquals(Set.of(StatusControl.STATUS_PENDING), scsw.stctl());
        assertEquals(Set.of(DeviceStatus.DE), scsw.dstat());
        assertFalse(scsw.isFinal());
        Scsw noActivity = roundTrip("00 00 20 01 00 00 00 00 00 00 00 00");
        assertTrue(noActivity.isFinal());
        assertEquals("00002001", noActivity.word0Hex());
    }

    @Test
    void unsolicitedAttention() {
        Scsw scsw = roundTrip("00 00 00 11 00 00 00 00 80 00 00 00");
        assertFalse(scsw.isSolicited());
        assertEquals(Set.of(DeviceStatus.ATTN), scsw.dstat());
    }

    @Test
    void channelPathCrws() {
        assertEquals(0x0406_0042, Crw.channelPathLost(0x42).word());
        assertEquals(0x0402_0042, Crw.channelPathAvailable(0x42).word());
        assertArrayEquals(hex("04 06 00 1a"), Crw.channelPathLost(0x1a).encode());
        Crw lost = Crw.decode(hex("04 06 00 1a"));
        assertEquals(CrwSource.CHANNEL_PATH, lost.source().orElseThrow());
        assertEquals(CrwRecoveryCode.PERMANENT_ERROR_NOT_INITIALIZED, lost.recoveryCode().orElseThrow());
        assertEquals(Crw.channelPathLost(0x1a), lost);
        assertEquals(Crw.channelPathAvailable(0xff), Crw.fromWord(0x040200ff));
        assertEquals("CRW 0406001a: channel path, permanent error, facility not initialized, RSID 001a (CHPID 1a)",
                lost.describe());
    }

    @Test
    void subchannelIdWords() {
        assertEquals(0x00010313, SubchannelId.parse("0.0.0313").register1());
        assertEquals(0x00030313, SubchannelId.parse("0.1.0313").register1());
        assertEquals(new SubchannelId(0, 1, 0x313), SubchannelId.fromRegister1(0x00030313));
        assertArrayEquals(hex("00 01 03 13"), new SubchannelId(0, 0, 0x313).encode());
    }

    private static Scsw roundTrip(String text) {
        byte[] bytes = hex(text);
        Scsw scsw = Scsw.decode(bytes);
        assertArrayEquals(bytes, scsw.encode());
        return scsw;
    }
}
