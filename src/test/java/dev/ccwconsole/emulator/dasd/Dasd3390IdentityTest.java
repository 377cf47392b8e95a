package dev.ccwconsole.emulator.dasd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.UnitStatus;
import org.junit.jupiter.api.Test;

/** Sense ID (spec §8.1), Read Device Characteristics (§8.5) and Read Configuration Data of the 3390 models. */
class Dasd3390IdentityTest {

    private static byte[] hex(String text) {
        String digits = text.replace(" ", "");
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static DeviceResponse senseId(Model3390 model) {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(model))) {
            return ChannelProgram.start(dasd).read(0xE4, 256);
        }
    }

    @Test
    void model9OnA3990Model6ReportsTheHerculesSenseId() {
        DeviceResponse response = senseId(Model3390.MODEL_9);
        assertArrayEquals(hex("FF 3990 E9 3390 0C 00 40FA0100 41270004 423E0060"), response.input());
        assertEquals(256 - 20, response.residual(256));
        assertEquals(UnitStatus.CE_DE, response.unitStatus());
    }

    @Test
    void model3OnA3990Model3ReportsTheHerculesSenseId() {
        assertArrayEquals(hex("FF 3990 EC 3390 0A 00 40FA0100 41270004 423E0040"), senseId(Model3390.MODEL_3).input());
    }

    @Test
    void aShortSenseIdIsTruncatedAndSaysThereWasMore() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_9))) {
            DeviceResponse response = ChannelProgram.start(dasd).read(0xE4, 7);
            assertArrayEquals(hex("FF 3990 E9 3390 0C"), response.input());
            assertTrue(response.moreData());
        }
    }

    @Test
    void theIdentityStringsAreWhatSysfsShows() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_9))) {
            assertEquals("3990/e9", dasd.identity().cuTypeString());
            assertEquals("3390/0c", dasd.identity().devTypeString());
        }
    }

    private static byte[] rdc(Model3390 model) {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(model))) {
            DeviceResponse response = ChannelProgram.start(dasd).read(0x64, 64);
            assertEquals(UnitStatus.CE_DE, response.unitStatus());
            assertFalse(response.moreData());
            return response.input();
        }
    }

    private static int halfword(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 8) | (b[offset + 1] & 0xFF);
    }

    @Test
    void readDeviceCharacteristicsOfAModel3() {
        byte[] rdc = rdc(Model3390.MODEL_3);
        assertEquals(64, rdc.length);
        assertArrayEquals(hex("3990 EC 3390 0A"), java.util.Arrays.copyOf(rdc, 6));
        assertEquals(0x20, rdc[10]);
        assertEquals(0x24, rdc[11]);
        assertEquals(3339, halfword(rdc, 12));
        assertEquals(15, halfword(rdc, 14));
        assertEquals(224, rdc[16] & 0xFF);
        assertEquals(58786, ((rdc[17] & 0xFF) << 16) | halfword(rdc, 18));
        assertEquals(1428, halfword(rdc, 20));
        assertEquals(2, rdc[22]);
        assertArrayEquals(new byte[] {34, 19, 9, 6, 116}, java.util.Arrays.copyOfRange(rdc, 23, 28));
        assertEquals(3339, halfword(rdc, 28));
        assertEquals(15, halfword(rdc, 30));
        assertEquals(57326, halfword(rdc, 44));
        assertEquals(6, rdc[48]);
    }

    @Test
    void readDeviceCharacteristicsOfAModel9() {
        byte[] rdc = rdc(Model3390.MODEL_9);
        assertEquals(0x3990, halfword(rdc, 0));
        assertEquals(0xE9, rdc[2] & 0xFF);
        assertEquals(0x3390, halfword(rdc, 3));
        assertEquals(0x0C, rdc[5]);
        assertEquals(0x32, rdc[11]);
        assertEquals(10017, halfword(rdc, 12));
        assertEquals(15, halfword(rdc, 14));
        assertEquals(58786, ((rdc[17] & 0xFF) << 16) | halfword(rdc, 18));
        assertEquals(2, rdc[22]);
        assertEquals(57326, halfword(rdc, 44));
        assertEquals(45, halfword(rdc, 30));
        assertEquals(0, halfword(rdc, 60) | halfword(rdc, 62));
    }

    @Test
    void readConfigurationDataCarriesNodeDescriptorsWithTheVolumeSerial() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_9).withVolser("LNX001").withUnitAddress(0x2A))) {
            byte[] rcd = ChannelProgram.start(dasd).read(0xFA, 256).input();
            assertEquals(256, rcd.length);
            assertEquals(0xC4, rcd[0] & 0xFF);
            assertEquals("00339000CCCW01000000LNX001",
                    dev.ccwconsole.emulator.device.Ebcdic.decode(rcd, 4, 26));
            assertEquals(0x2A, rcd[235]);
        }
    }
}
