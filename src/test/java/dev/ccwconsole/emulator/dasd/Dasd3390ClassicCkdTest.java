package dev.ccwconsole.emulator.dasd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.Ebcdic;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Classic CKD programs without Locate Record: Set File Mask, Write R0, keyed records, Read CKD, Read Track. */
class Dasd3390ClassicCkdTest {

    private static final byte[] KEY1 = Ebcdic.encode("KEY1");
    private static final byte[] KEY2 = Ebcdic.encode("KEY2");

    private final Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_3));

    @AfterEach
    void close() {
        dasd.close();
    }

    private void formatTrackWithKeyedRecords() {
        ChannelProgram program = ChannelProgram.start(dasd);
        assertEquals(UnitStatus.CE_DE, program.write(0x1F, new byte[] {(byte) 0xC0}).unitStatus());
        program.write(Eckd.SEEK, Eckd.seek(5, 3));
        byte[] recordZero = Eckd.countKeyData(5, 3, 0, new byte[0], new byte[8]);
        assertEquals(UnitStatus.CE_DE, program.write(0x15, recordZero).unitStatus());
        assertEquals(UnitStatus.CE_DE,
                program.write(Eckd.WRITE_CKD, Eckd.countKeyData(5, 3, 1, KEY1, Eckd.pattern(5, 3, 1, 100))).unitStatus());
        assertEquals(UnitStatus.CE_DE,
                program.write(Eckd.WRITE_CKD, Eckd.countKeyData(5, 3, 2, KEY2, Eckd.pattern(5, 3, 2, 300))).unitStatus());
    }

    @Test
    void keyedRecordsReadBackWithReadCountKeyAndData() {
        formatTrackWithKeyedRecords();
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.SEEK, Eckd.seek(5, 3));
        assertArrayEquals(Eckd.countKeyData(5, 3, 1, KEY1, Eckd.pattern(5, 3, 1, 100)), program.read(0x1E, 200).input());
        assertArrayEquals(Eckd.countKeyData(5, 3, 2, KEY2, Eckd.pattern(5, 3, 2, 300)), program.read(0x1E, 400).input());
    }

    @Test
    void writingRecordZeroNeedsAMaskThatAllowsAllWrites() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.SEEK, Eckd.seek(5, 3));
        DeviceResponse response = program.write(0x15, Eckd.countKeyData(5, 3, 0, new byte[0], new byte[8]));
        assertEquals(UnitStatus.CE_DE_UC, response.unitStatus());
        assertEquals(DasdSense.BYTE1_FILE_PROTECTED, dasd.sense()[1]);
    }

    @Test
    void writeCkdWithoutOrientationIsAnInvalidSequence() {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.SEEK, Eckd.seek(5, 3));
        DeviceResponse response = program.write(Eckd.WRITE_CKD, Eckd.countKeyData(5, 3, 1, new byte[0], new byte[8]));
        assertEquals(UnitStatus.CE_DE_UC, response.unitStatus());
        assertEquals(0x02, dasd.sense()[7]);
    }

    @Test
    void readTrackInAReadTracksDomainReturnsEveryRecordOfEachTrack() {
        formatTrackWithKeyedRecords();
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.DE, Eckd.defineExtent(0x40, 5, 3, 5, 4));
        assertEquals(UnitStatus.CE_DE, program.write(Eckd.LR, Eckd.locateRecord(3, 0x0C, 2, 5, 3, 0)).unitStatus());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(Eckd.countKeyData(5, 3, 0, new byte[0], new byte[8]));
        expected.writeBytes(Eckd.countKeyData(5, 3, 1, KEY1, Eckd.pattern(5, 3, 1, 100)));
        expected.writeBytes(Eckd.countKeyData(5, 3, 2, KEY2, Eckd.pattern(5, 3, 2, 300)));
        assertArrayEquals(expected.toByteArray(), program.read(0xDE, 65535).input());
        assertArrayEquals(Eckd.countKeyData(5, 4, 0, new byte[0], new byte[8]), program.read(0xDE, 65535).input(),
                "the next Read Track reads the next (fresh) track");
    }

    @Test
    void searchIdHighFindsTheFirstLargerRecord() {
        formatTrackWithKeyedRecords();
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.SEEK, Eckd.seek(5, 3));
        DeviceResponse search;
        do {
            search = program.write(0x51, Eckd.id(5, 3, 1));
        } while ((search.unitStatus() & UnitStatus.STATUS_MODIFIER) == 0);
        assertArrayEquals(Eckd.pattern(5, 3, 2, 300), program.read(Eckd.READ_DATA, 300).input());
    }
}
