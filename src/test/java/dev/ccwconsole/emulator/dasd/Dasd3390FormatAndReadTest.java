package dev.ccwconsole.emulator.dasd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.Ebcdic;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh volume's layout, and formatting 12 × 4096-byte records per track across a cylinder boundary read back
 * both with Define Extent + Locate Record + Read Data MT and with the classic Seek + Search ID + TIC loop, in
 * memory and from a reopened image file.
 */
class Dasd3390FormatAndReadTest {

    private static final int BLOCK = 4096;
    private static final int RECORDS = 12;
    /** Two tracks at the end of cylinder 0 and two at the start of cylinder 1. */
    private static final List<int[]> TRACKS = List.of(new int[] {0, 13}, new int[] {0, 14}, new int[] {1, 0},
            new int[] {1, 1});

    @Test
    void aFreshVolumeHasHomeAddressRecordZeroAndTheVol1Label() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_9).withVolser("LNX001"))) {
            ChannelProgram program = ChannelProgram.start(dasd);
            assertEquals(UnitStatus.CE_DE, program.write(Eckd.SEEK, Eckd.seek(0, 0)).unitStatus());
            assertArrayEquals(new byte[] {0, 0, 0, 0, 0}, program.read(0x1A, 5).input());
            assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0},
                    program.read(0x16, 16).input());

            ChannelProgram label = ChannelProgram.start(dasd);
            label.write(Eckd.SEEK, Eckd.seek(0, 0));
            DeviceResponse search;
            do {
                search = label.write(Eckd.SEARCH_ID_EQ, Eckd.id(0, 0, 3));
            } while ((search.unitStatus() & UnitStatus.STATUS_MODIFIER) == 0);
            byte[] keyAndData = label.read(0x0E, 84).input();
            assertEquals("VOL1VOL1LNX001", Ebcdic.decode(keyAndData, 0, 14));
            assertEquals(84, keyAndData.length);

            ChannelProgram other = ChannelProgram.start(dasd);
            other.write(Eckd.SEEK, Eckd.seek(77, 4));
            assertArrayEquals(new byte[] {0, 0, 77, 0, 4}, other.read(0x1A, 5).input());
            DeviceResponse readCount = other.read(0x12, 8);
            assertEquals(UnitStatus.CE_DE_UC, readCount.unitStatus(), "Read Count skips R0; a fresh track has no R1");
            assertEquals(DasdSense.BYTE1_NO_RECORD_FOUND, dasd.sense()[1]);
        }
    }

    private static void format(Dasd3390 dasd) {
        ChannelProgram program = ChannelProgram.start(dasd);
        assertEquals(UnitStatus.CE_DE, program.write(Eckd.DE, Eckd.defineExtent(0xC0, 0, 13, 1, 1)).unitStatus());
        for (int[] track : TRACKS) {
            DeviceResponse locate = program.write(Eckd.LR, Eckd.locateRecord(1, 0x03, RECORDS, track[0], track[1], 0));
            assertEquals(UnitStatus.CE_DE, locate.unitStatus());
            for (int r = 1; r <= RECORDS; r++) {
                byte[] ckd = Eckd.countKeyData(track[0], track[1], r, new byte[0],
                        Eckd.pattern(track[0], track[1], r, BLOCK));
                DeviceResponse wrote = program.write(Eckd.WRITE_CKD, ckd);
                assertEquals(UnitStatus.CE_DE, wrote.unitStatus(), "write CKD " + Arrays.toString(track) + " " + r);
                assertEquals(0, wrote.residual(ckd.length));
            }
        }
    }

    private static void readWithLocateRecord(Dasd3390 dasd) {
        ChannelProgram program = ChannelProgram.start(dasd);
        program.write(Eckd.DE, Eckd.defineExtent(0x40, 0, 13, 1, 1));
        int total = TRACKS.size() * RECORDS;
        assertEquals(UnitStatus.CE_DE, program.write(Eckd.LR, Eckd.locateRecord(0, 0x06, total, 0, 13, 1)).unitStatus());
        for (int[] track : TRACKS) {
            for (int r = 1; r <= RECORDS; r++) {
                DeviceResponse read = program.read(Eckd.READ_DATA_MT, BLOCK);
                assertEquals(UnitStatus.CE_DE, read.unitStatus(), "read " + Arrays.toString(track) + " " + r);
                assertArrayEquals(Eckd.pattern(track[0], track[1], r, BLOCK), read.input());
            }
        }
    }

    private static void readWithSearchLoops(Dasd3390 dasd) {
        for (int[] track : TRACKS) {
            for (int r = 1; r <= RECORDS; r++) {
                ChannelProgram program = ChannelProgram.start(dasd);
                program.write(Eckd.SEEK, Eckd.seek(track[0], track[1]));
                DeviceResponse read = Eckd.searchAndRead(program, track[0], track[1], r, BLOCK);
                assertEquals(UnitStatus.CE_DE, read.unitStatus());
                assertArrayEquals(Eckd.pattern(track[0], track[1], r, BLOCK), read.input());
            }
        }
    }

    @Test
    void formattedRecordsReadBackWithLocateRecordAndWithSearchLoops() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_3))) {
            format(dasd);
            assertEquals(4, dasd.storedTrackCount());
            readWithLocateRecord(dasd);
            readWithSearchLoops(dasd);
        }
    }

    @Test
    void aThirteenthBlockDoesNotFitOnTheTrack() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_3))) {
            format(dasd);
            ChannelProgram program = ChannelProgram.start(dasd);
            program.write(Eckd.DE, Eckd.defineExtent(0xC0, 0, 13, 0, 13));
            program.write(Eckd.LR, Eckd.locateRecord(0, 0x03, 1, 0, 13, RECORDS));
            DeviceResponse wrote = program.write(Eckd.WRITE_CKD,
                    Eckd.countKeyData(0, 13, RECORDS + 1, new byte[0], new byte[BLOCK]));
            assertEquals(UnitStatus.CE_DE_UC, wrote.unitStatus());
            assertEquals(DasdSense.BYTE1_INVALID_TRACK_FORMAT, dasd.sense()[1]);
        }
    }

    @Test
    void writeDataUpdatesOneRecordInPlace() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_3))) {
            format(dasd);
            byte[] update = Eckd.pattern(9, 9, 9, BLOCK);
            ChannelProgram program = ChannelProgram.start(dasd);
            program.write(Eckd.DE, Eckd.defineExtent(0x80, 1, 0, 1, 0));
            program.write(Eckd.LR, Eckd.locateRecord(0, 0x01, 1, 1, 0, 5));
            assertEquals(UnitStatus.CE_DE, program.write(0x85, update).unitStatus());

            ChannelProgram read = ChannelProgram.start(dasd);
            read.write(Eckd.SEEK, Eckd.seek(1, 0));
            assertArrayEquals(update, Eckd.searchAndRead(read, 1, 0, 5, BLOCK).input());
            ChannelProgram neighbour = ChannelProgram.start(dasd);
            neighbour.write(Eckd.SEEK, Eckd.seek(1, 0));
            assertArrayEquals(Eckd.pattern(1, 0, 6, BLOCK), Eckd.searchAndRead(neighbour, 1, 0, 6, BLOCK).input());
        }
    }

    @Test
    void aFileBackedVolumeKeepsItsRecordsAndLabelAcrossReopening(@TempDir Path dir) {
        Path image = dir.resolve("lnx001.ckd");
        DasdConfig config = DasdConfig.of(Model3390.MODEL_9).withVolser("LNX001").withImage(image);
        try (Dasd3390 dasd = new Dasd3390(config)) {
            format(dasd);
        }
        try (Dasd3390 reopened = new Dasd3390(config.withVolser("OTHER1"))) {
            assertEquals("LNX001", reopened.volser(), "the image keeps the serial it was created with");
            assertEquals(4, reopened.storedTrackCount());
            readWithLocateRecord(reopened);
            readWithSearchLoops(reopened);
        }
    }

    @Test
    void readDataWithAShortCountSaysThereWasMore() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_3))) {
            format(dasd);
            ChannelProgram program = ChannelProgram.start(dasd);
            program.write(Eckd.SEEK, Eckd.seek(0, 14));
            DeviceResponse read = Eckd.searchAndRead(program, 0, 14, 2, 100);
            assertTrue(read.moreData());
            assertArrayEquals(Arrays.copyOf(Eckd.pattern(0, 14, 2, BLOCK), 100), read.input());
        }
    }
}
