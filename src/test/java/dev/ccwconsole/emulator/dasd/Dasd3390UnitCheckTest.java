package dev.ccwconsole.emulator.dasd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.UnitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Unit checks and their sense bytes 0, 1 and 7 (spec §8.4). */
class Dasd3390UnitCheckTest {

    private final Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_9));

    @AfterEach
    void close() {
        dasd.close();
    }

    private void assertSense(int byte0, int byte1, int byte7) {
        byte[] sense = dasd.sense();
        assertEquals(32, sense.length);
        assertEquals(byte0, sense[0] & 0xFF, "sense byte 0");
        assertEquals(byte1, sense[1] & 0xFF, "sense byte 1");
        assertEquals(byte7, sense[7] & 0xFF, "sense byte 7");
    }

    @Test
    void anUnknownCommandIsRejectedWithMessage1AndSenseClearsAfterReading() {
        ChannelProgram program = ChannelProgram.start(dasd);
        assertEquals(UnitStatus.CE_DE_UC, program.read(0xEA, 10).unitStatus());
        assertSense(0x80, 0, 0x01);
        DeviceResponse sense = ChannelProgram.start(dasd).read(0x04, 32);
        assertEquals(0x80, sense.input()[0] & 0xFF);
        assertEquals(0x80, sense.input()[27] & 0xFF, "24-byte compatibility flag");
        assertFalse(dasd.hasPendingSense());
        assertEquals(0, dasd.sense()[0]);
    }

    @Test
    void defineExtentTwiceIsAnInvalidSequence() {
        ChannelProgram program = ChannelProgram.start(dasd);
        assertEquals(UnitStatus.CE_DE, program.write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 10, 14)).unitStatus());
        assertEquals(UnitStatus.CE_DE_UC, program.write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 10, 14)).unitStatus());
        assertSense(0x80, 0, 0x02);
    }

    @Test
    void defineExtentInANewProgramIsAcceptedAgain() {
        ChannelProgram.start(dasd).write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 10, 14));
        assertEquals(UnitStatus.CE_DE,
                ChannelProgram.start(dasd).write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 10, 14)).unitStatus());
    }

    @Test
    void locateRecordWithoutDefineExtentIsAnInvalidSequence() {
        ChannelProgram program = ChannelProgram.start(dasd);
        assertEquals(UnitStatus.CE_DE_UC, program.write(Eckd.LR, Eckd.locateRecord(0, 6, 1, 0, 0, 1)).unitStatus());
        assertSense(0x80, 0, 0x02);
    }

    @Test
    void aShortDefineExtentIsCountTooSmall() {
        ChannelProgram program = ChannelProgram.start(dasd);
        assertEquals(UnitStatus.CE_DE_UC, program.write(Eckd.DE, new byte[8]).unitStatus());
        assertSense(0x80, 0, 0x03);
    }

    @Test
    void anExtentBeyondTheVolumeIsAnInvalidParameter() {
        ChannelProgram program = ChannelProgram.start(dasd);
        assertEquals(UnitStatus.CE_DE_UC,
                program.write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 10017, 0)).unitStatus());
        assertSense(0x80, 0, 0x04);
    }

    @Test
    void seekingOutsideTheExtentIsFileProtected() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 0, 14));
        assertEquals(UnitStatus.CE_DE_UC, program.write(Eckd.SEEK, Eckd.seek(1, 0)).unitStatus());
        assertSense(0, 0x04, 0);
        assertEquals(0, dasd.sense()[30], "the failed seek left the heads on cylinder 0 (sense bytes 29-30)");
    }

    @Test
    void locatingOutsideTheExtentIsFileProtected() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.DE, Eckd.defineExtent(0, 5, 0, 5, 14));
        assertEquals(UnitStatus.CE_DE_UC, program.write(Eckd.LR, Eckd.locateRecord(0, 6, 1, 6, 0, 1)).unitStatus());
        assertSense(0, 0x04, 0);
    }

    @Test
    void aMultiTrackReadPastTheExtentIsFileProtected() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.DE, Eckd.defineExtent(0x40, 0, 1, 0, 1));
        program.write(Eckd.LR, Eckd.locateRecord(1, 6, 2, 0, 1, 0));
        assertEquals(UnitStatus.CE_DE_UC, program.read(Eckd.READ_DATA_MT, 4096).unitStatus());
        assertSense(0, 0x04, 0);
    }

    @Test
    void writingUnderAnInhibitAllMaskIsFileProtected() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.DE, Eckd.defineExtent(0x40, 0, 0, 0, 14));
        program.write(Eckd.LR, Eckd.locateRecord(0, 3, 1, 0, 2, 0));
        assertEquals(UnitStatus.CE_DE_UC,
                program.write(Eckd.WRITE_CKD, Eckd.countKeyData(0, 2, 1, new byte[0], new byte[512])).unitStatus());
        assertSense(0, 0x04, 0);
        assertEquals(0, dasd.storedTrackCount());
    }

    @Test
    void locatingARecordThatDoesNotExistIsNoRecordFound() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 0, 14));
        assertEquals(UnitStatus.CE_DE_UC, program.write(Eckd.LR, Eckd.locateRecord(0, 6, 1, 0, 5, 1)).unitStatus());
        assertSense(0, 0x08, 0);
    }

    @Test
    void aSearchLoopForAMissingRecordEndsWithNoRecordFound() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.SEEK, Eckd.seek(0, 0));
        DeviceResponse response = Eckd.searchAndRead(program, 0, 0, 9, 80);
        assertEquals(UnitStatus.CE_DE_UC, response.unitStatus());
        assertSense(0, 0x08, 0);
    }

    @Test
    void commandsOutsideTheLocateRecordOperationAreAnInvalidSequence() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 0, 14));
        program.write(Eckd.LR, Eckd.locateRecord(0, 6, 1, 0, 0, 3));
        assertEquals(UnitStatus.CE_DE_UC, program.write(Eckd.SEEK, Eckd.seek(0, 0)).unitStatus());
        assertSense(0x80, 0, 0x02);
    }

    @Test
    void defineExtentInsideALocateRecordDomainIsAnInvalidSequence() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(0x1F, new byte[] {0});
        assertEquals(UnitStatus.CE_DE_UC, program.write(Eckd.DE, Eckd.defineExtent(0, 0, 0, 0, 14)).unitStatus());
        assertSense(0x80, 0, 0x02);
    }

    @Test
    void aMultiTrackReadOutsideADomainStopsAtTheEndOfTheCylinder() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.SEEK, Eckd.seek(3, 14));
        assertEquals(UnitStatus.CE_DE_UC, program.read(Eckd.READ_DATA_MT, 8).unitStatus());
        assertSense(0, 0x20, 0);
    }

    @Test
    void anInjectedUnitCheckHitsTheNextCommandAndSenseReturnsIt() {
        byte[] injected = new byte[32];
        injected[0] = 0x10;
        injected[7] = 0x10;
        dasd.injectUnitCheck(injected);
        ChannelProgram program = ChannelProgram.start(dasd);
        assertEquals(UnitStatus.CE_DE_UC, program.control(0x03).unitStatus());
        assertArrayEquals(injected, program.read(0x04, 32).input());
        assertEquals(UnitStatus.CE_DE, ChannelProgram.start(dasd).control(0x03).unitStatus());
    }

    @Test
    void reserveAndReleaseReturnSenseBytesAndPathGroupsAreRemembered() {
        ChannelProgram program = ChannelProgram.start(dasd);
        DeviceResponse reserve = program.read(0xB4, 32);
        assertEquals(32, reserve.input().length);
        assertTrue(dasd.reserved());
        program.read(0x94, 32);
        assertFalse(dasd.reserved());

        byte[] pgid = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        assertEquals(UnitStatus.CE_DE, program.write(0xAF, pgid).unitStatus());
        byte[] sensed = program.read(0x34, 12).input();
        assertEquals(0xC0, sensed[0] & 0xFF, "grouped");
        assertArrayEquals(java.util.Arrays.copyOfRange(pgid, 1, 12), java.util.Arrays.copyOfRange(sensed, 1, 12));
    }
}
