package dev.ccwconsole.nativ.sysfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.abi.channel.DeviceNumber;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact kernel formats of spec §1.1, §1.2, §1.4 and §1.7, and the garbage next to them. */
class SysfsParsersTest {

    @Test
    void chpidsWithTheKernelsTrailingBlank() {
        assertEquals(List.of(0x1a, 0x2a, 0x3a, 0x0a, 0, 0, 0, 0),
                SysfsParsers.parseChpids("1a 2a 3a 0a 00 00 00 00 \n"));
        assertEquals(List.of(0xff, 0, 0, 0, 0, 0, 0, 0x01), SysfsParsers.parseChpids("ff 00 00 00 00 00 00 01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "1a 2a 3a 0a 00 00 00 \n", "1a 2a 3a 0a 00 00 00 00 00 \n",
        "1a 2a 3a 0a 00 00 00 0g \n", "1a  2a 3a 0a 00 00 00 00\n", "1a 2a 3a 0a 00 00 00 100\n",
        " 1a 2a 3a 0a 00 00 00 00\n"})
    void chpidsGarbageIsRejectedWithTheContent(String content) {
        SysfsFormatException e = assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseChpids(content));
        assertEquals(content, e.content());
    }

    @Test
    void pimPamPom() {
        assertEquals(new PathMasks(0xf0, 0xf0, 0xff), SysfsParsers.parsePimPamPom("f0 f0 ff\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parsePimPamPom("f0 f0\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parsePimPamPom("f0,f0,ff\n"));
    }

    @Test
    void cuTypeAndDevType() {
        assertEquals(new UnitType(0x3990, 0xe9), SysfsParsers.parseCuType("3990/e9\n"));
        assertEquals("3990/e9", SysfsParsers.parseCuType("3990/E9\n").toString());
        assertEquals(Optional.of(new UnitType(0x3390, 0x0c)), SysfsParsers.parseDevType("3390/0c\n"));
        assertEquals(Optional.empty(), SysfsParsers.parseDevType("n/a\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseCuType("n/a\n"), "cutype is never n/a");
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseCuType("399/e9\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseDevType("3390-0c\n"));
    }

    @Test
    void devBusIdWithNone() {
        assertEquals(Optional.of(new DeviceNumber(0, 0, 0x2b09)), SysfsParsers.parseDevBusId("0.0.2b09\n"));
        assertEquals(Optional.of(new DeviceNumber(0, 1, 0xf000)), SysfsParsers.parseDevBusId("0.1.f000\n"));
        assertEquals(Optional.empty(), SysfsParsers.parseDevBusId("none\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseDevBusId("0.0.2b9\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseDevBusId("0.4.2b09\n"), "ssid is 0..3");
    }

    @Test
    void driverOverrideWithNull() {
        assertEquals(Optional.empty(), SysfsParsers.parseDriverOverride("(null)\n"));
        assertEquals(Optional.empty(), SysfsParsers.parseDriverOverride("\n"));
        assertEquals(Optional.of("vfio_ccw"), SysfsParsers.parseDriverOverride("vfio_ccw\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseDriverOverride("vfio ccw\n"));
    }

    @Test
    void subchannelTypeOnlineAndInstances() {
        assertEquals(0, SysfsParsers.parseSubchannelType("0\n"));
        assertEquals(3, SysfsParsers.parseSubchannelType("3\n"));
        assertTrue(SysfsParsers.parseOnline("1\n"));
        assertFalse(SysfsParsers.parseOnline("0\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseOnline("yes\n"));
        assertEquals(1, SysfsParsers.parseAvailableInstances("1\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseAvailableInstances("-1\n"));
    }

    @Test
    void channelPathAttributes() {
        assertEquals(ChpStatus.ONLINE, SysfsParsers.parseChpStatus("online\n"));
        assertEquals(ChpStatus.OFFLINE, SysfsParsers.parseChpStatus("offline\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseChpStatus("on\n"), "'on' is write-only");
        assertEquals(ChpConfigure.STANDBY, SysfsParsers.parseChpConfigure("0\n"));
        assertEquals(ChpConfigure.CONFIGURED, SysfsParsers.parseChpConfigure("1\n"));
        assertEquals(ChpConfigure.RESERVED, SysfsParsers.parseChpConfigure("2\n"));
        assertEquals(ChpConfigure.NOT_RECOGNIZED, SysfsParsers.parseChpConfigure("3\n"));
        assertEquals(3, ChpConfigure.NOT_RECOGNIZED.code());
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseChpConfigure("4\n"));
        assertEquals(0x1b, SysfsParsers.parseChpType("1b\n"));
        assertEquals(Optional.of(1), SysfsParsers.parseShared("1\n"));
        assertEquals(Optional.empty(), SysfsParsers.parseShared("unknown\n"));
        assertEquals(Optional.of(3), SysfsParsers.parseCmg("3\n"));
        assertEquals(Optional.empty(), SysfsParsers.parseCmg("unknown\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseCmg("ff\n"), "cmg is decimal");
        assertEquals(Optional.of(0x0140), SysfsParsers.parseChid("0140\n"));
        assertEquals(Optional.empty(), SysfsParsers.parseChid("\n"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseChid("140\n"));
    }

    @Test
    void iommuGroupFromTheLinkName() {
        assertEquals(7, SysfsParsers.parseIommuGroup("7"));
        assertThrows(SysfsFormatException.class, () -> SysfsParsers.parseIommuGroup("group7"));
    }

    @Test
    void subchannelBusIdsUseTheSharedTypeWithSysfsErrorsAndTheKernelSpelling() {
        SubchannelId id = BusIds.subchannel("0.0.0313");
        assertEquals(new SubchannelId(0, 0, 0x313), id);
        assertEquals("0.0.0313", id.toString());
        assertEquals("fe.3.ffff", BusIds.subchannel("fe.3.ffff").toString());
        assertTrue(BusIds.ORDER.compare(BusIds.subchannel("0.0.0010"), BusIds.subchannel("0.1.0001")) < 0);
        assertThrows(SysfsFormatException.class, () -> BusIds.subchannel("0.0.313"));
        assertThrows(SysfsFormatException.class, () -> BusIds.subchannel("0.0.0313\n"));
        assertTrue(BusIds.isBusId("0.0.0313"));
        assertFalse(BusIds.isBusId("0.0.0A13"), "sysfs prints lower case; the path built back must match");
        assertFalse(BusIds.isBusId("00.0.0313"));
        assertFalse(BusIds.isBusId("bogus"));
        assertEquals(new DeviceNumber(0, 0, 0x2b09), BusIds.device("0.0.2b09"));
        assertThrows(SysfsFormatException.class, () -> BusIds.device("0.0.2b0"));
    }

    @Test
    void formatErrorsQuoteControlCharacters() {
        SysfsFormatException e = assertThrows(SysfsFormatException.class,
                () -> SysfsParsers.parseOnline("1\u0000\n"));
        assertEquals("expected 0 or 1, found \"1\\x00\\n\"", e.getMessage());
    }
}
