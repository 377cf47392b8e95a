package dev.ccwconsole.emulator.dasd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 3390 capacity arithmetic reproduces the published limits (spec §8.2). */
class TrackCapacityTest {

    private static List<CkdRecord> track(int recordZeroData, int... dataLengths) {
        List<CkdRecord> records = new ArrayList<>();
        records.add(new CkdRecord(0, 1, 0, new byte[0], new byte[recordZeroData]));
        for (int i = 0; i < dataLengths.length; i++) {
            records.add(new CkdRecord(0, 1, i + 1, new byte[0], new byte[dataLengths[i]]));
        }
        return records;
    }

    @Test
    void recordsPerTrackMatchTheLinuxAndHerculesTable() {
        assertEquals(49, TrackCapacity.recordsPerTrack(0, 512));
        assertEquals(33, TrackCapacity.recordsPerTrack(0, 1024));
        assertEquals(21, TrackCapacity.recordsPerTrack(0, 2048));
        assertEquals(12, TrackCapacity.recordsPerTrack(0, 4096));
    }

    @Test
    void theLargestRecordOneIs56664Bytes() {
        assertTrue(TrackCapacity.fits(track(8, 56664)));
        assertFalse(TrackCapacity.fits(track(8, 56665)));
    }

    @Test
    void theLargestRecordZeroIs57326Bytes() {
        assertTrue(TrackCapacity.fits(track(57326)));
        assertFalse(TrackCapacity.fits(track(57327)));
    }

    @Test
    void twelveBlocksFitAndThirteenDoNot() {
        int[] twelve = new int[12];
        java.util.Arrays.fill(twelve, 4096);
        int[] thirteen = new int[13];
        java.util.Arrays.fill(thirteen, 4096);
        assertTrue(TrackCapacity.fits(track(8, twelve)));
        assertFalse(TrackCapacity.fits(track(8, thirteen)));
    }

    @Test
    void aFresh3390Model54CostsNoTrackStorageWhenRead() {
        try (Dasd3390 dasd = new Dasd3390(DasdConfig.of(Model3390.MODEL_54))) {
            ChannelProgram program = ChannelProgram.start(dasd);
            assertEquals(UnitStatus.CE_DE, program.write(0x07, Eckd.seek(65519, 14)).unitStatus());
            assertEquals(UnitStatus.CE_DE, program.read(0x1A, 5).unitStatus());
            assertEquals(UnitStatus.CE_DE, program.read(0x16, 16).unitStatus());
            ChannelProgram label = ChannelProgram.start(dasd);
            label.write(0x07, Eckd.seek(0, 0));
            assertEquals(UnitStatus.CE_DE, Eckd.searchAndRead(label, 0, 0, 3, 80).unitStatus());
            assertEquals(0, dasd.storedTrackCount());
        }
    }
}
