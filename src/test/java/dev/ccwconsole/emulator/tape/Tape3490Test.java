package dev.ccwconsole.emulator.tape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 3490 through the device contract: recording, reading both ways, spacing, load point and end of tape. */
class Tape3490Test {

    private static final int UX = UnitStatus.CE_DE | UnitStatus.UNIT_EXCEPTION;

    private static byte[] block(int n, int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (n * 17 + i);
        }
        return data;
    }

    /** Three blocks, a tape mark, two blocks, rewind. */
    private static void record(Tape3490 tape) {
        ChannelProgram program = ChannelProgram.start(tape);
        for (int n = 0; n < 3; n++) {
            assertEquals(UnitStatus.CE_DE, program.write(Tape3490.WRITE, block(n, 100 + n)).unitStatus());
        }
        assertEquals(UnitStatus.CE_DE, program.control(Tape3490.WRITE_TAPE_MARK).unitStatus());
        for (int n = 3; n < 5; n++) {
            assertEquals(UnitStatus.CE_DE, program.write(Tape3490.WRITE, block(n, 100 + n)).unitStatus());
        }
        assertEquals(UnitStatus.CE_DE, program.control(Tape3490.REWIND).unitStatus());
    }

    private static void assertReadsBack(Tape3490 tape) {
        ChannelProgram program = ChannelProgram.start(tape);
        for (int n = 0; n < 3; n++) {
            DeviceResponse read = program.read(Tape3490.READ_FORWARD, 4096);
            assertEquals(UnitStatus.CE_DE, read.unitStatus());
            assertArrayEquals(block(n, 100 + n), read.input());
        }
        assertEquals(UX, program.read(Tape3490.READ_FORWARD, 4096).unitStatus(), "tape mark");
        for (int n = 3; n < 5; n++) {
            assertArrayEquals(block(n, 100 + n), program.read(Tape3490.READ_FORWARD, 4096).input());
        }
    }

    @Test
    void senseIdIsThe3490Identity() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory())) {
            DeviceResponse id = ChannelProgram.start(tape).read(0xE4, 256);
            assertArrayEquals(new byte[] {(byte) 0xFF, 0x34, (byte) 0x90, 0x50, 0x34, (byte) 0x90, 0x50}, id.input());
        }
    }

    @Test
    void blocksAndTapeMarksReadBackInOrder() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory())) {
            record(tape);
            assertReadsBack(tape);
        }
    }

    @Test
    void readBackwardDeliversTheBlockLastByteFirstAndStopsAtTheTapeMark() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory())) {
            record(tape);
            ChannelProgram program = ChannelProgram.start(tape);
            program.control(Tape3490.FORWARD_SPACE_FILE);
            program.control(Tape3490.FORWARD_SPACE_BLOCK);
            program.control(Tape3490.FORWARD_SPACE_BLOCK);
            assertEquals(6, tape.position());
            for (int n = 4; n >= 3; n--) {
                byte[] expected = block(n, 100 + n);
                List<Byte> reversed = new ArrayList<>();
                for (int i = expected.length - 1; i >= 0; i--) {
                    reversed.add(expected[i]);
                }
                byte[] got = program.read(Tape3490.READ_BACKWARD, 4096).input();
                for (int i = 0; i < got.length; i++) {
                    assertEquals(reversed.get(i), got[i]);
                }
                assertEquals(expected.length, got.length);
            }
            assertEquals(UX, program.read(Tape3490.READ_BACKWARD, 4096).unitStatus(), "tape mark behind the head");
            DeviceResponse shortRead = program.read(Tape3490.READ_BACKWARD, 2);
            byte[] last = block(2, 102);
            assertArrayEquals(new byte[] {last[101], last[100]}, shortRead.input());
            assertTrue(shortRead.moreData());
        }
    }

    @Test
    void spacingByBlocksAndFiles() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory())) {
            record(tape);
            ChannelProgram program = ChannelProgram.start(tape);
            assertEquals(UnitStatus.CE_DE, program.control(Tape3490.FORWARD_SPACE_FILE).unitStatus());
            assertEquals(4, tape.position(), "just past the tape mark");
            assertArrayEquals(block(3, 103), program.read(Tape3490.READ_FORWARD, 4096).input());
            assertEquals(UnitStatus.CE_DE, program.control(Tape3490.BACKSPACE_BLOCK).unitStatus());
            assertEquals(UX, program.control(Tape3490.BACKSPACE_BLOCK).unitStatus(), "backspaced over the mark");
            assertEquals(UnitStatus.CE_DE, program.control(Tape3490.BACKSPACE_BLOCK).unitStatus());
            assertArrayEquals(block(2, 102), program.read(Tape3490.READ_FORWARD, 4096).input());
            assertEquals(UX, program.control(Tape3490.FORWARD_SPACE_BLOCK).unitStatus());
            assertEquals(UnitStatus.CE_DE, program.control(Tape3490.BACKSPACE_FILE).unitStatus());
            assertEquals(3, tape.position(), "on the load-point side of the tape mark");
            assertEquals(UnitStatus.CE_DE_UC, program.control(Tape3490.BACKSPACE_FILE).unitStatus(),
                    "no tape mark before the load point");
            assertEquals(0, tape.position());
        }
    }

    @Test
    void senseShowsTheLoadPointOnlyThere() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory())) {
            record(tape);
            ChannelProgram program = ChannelProgram.start(tape);
            assertEquals(TapeSense.BYTE1_AT_LOAD_POINT, program.read(0x04, 32).input()[1]);
            program.control(Tape3490.FORWARD_SPACE_BLOCK);
            assertEquals(0, program.read(0x04, 32).input()[1]);
            assertEquals(24, program.read(0x04, 24).input().length, "a 24-byte sense gets the first 24 bytes");
        }
    }

    @Test
    void writingPastTheCapacityEndsWithUnitException() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory().withCapacity(250))) {
            ChannelProgram program = ChannelProgram.start(tape);
            assertEquals(UnitStatus.CE_DE, program.write(Tape3490.WRITE, block(0, 200)).unitStatus());
            assertEquals(UX, program.write(Tape3490.WRITE, block(1, 100)).unitStatus());
            assertEquals(2, tape.recordedBlocks(), "the block past the end is still recorded");
        }
    }

    @Test
    void aFileProtectedCartridgeRejectsWrites() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory().withFileProtected(true))) {
            ChannelProgram program = ChannelProgram.start(tape);
            assertEquals(UnitStatus.CE_DE_UC, program.write(Tape3490.WRITE, block(0, 10)).unitStatus());
            byte[] sense = program.read(0x04, 32).input();
            assertEquals(0x80, sense[0] & 0xFF);
            assertEquals(TapeSense.BYTE1_FILE_PROTECTED | TapeSense.BYTE1_AT_LOAD_POINT, sense[1]);
        }
    }

    @Test
    void afterUnloadTheDriveNeedsInterventionUntilMounted() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory())) {
            record(tape);
            List<Integer> unsolicited = new ArrayList<>();
            tape.onUnsolicitedStatus(unsolicited::add);
            ChannelProgram program = ChannelProgram.start(tape);
            assertEquals(UnitStatus.CE_DE, program.control(Tape3490.REWIND_UNLOAD).unitStatus());
            assertFalse(tape.loaded());
            assertEquals(UnitStatus.CE_DE_UC, program.read(Tape3490.READ_FORWARD, 10).unitStatus());
            assertEquals(0x40, program.read(0x04, 32).input()[0]);
            tape.mount();
            assertEquals(List.of(UnitStatus.DEVICE_END), unsolicited);
            assertReadsBack(tape);
        }
    }

    @Test
    void readingPastTheRecordedEndIsADataCheck() {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory())) {
            assertEquals(UnitStatus.CE_DE_UC, ChannelProgram.start(tape).read(Tape3490.READ_FORWARD, 10).unitStatus());
            assertEquals(TapeSense.BYTE0_DATA_CHECK, tape.sense()[0]);
        }
    }

    @Test
    void overwritingInTheMiddleErasesTheRest(@TempDir Path dir) {
        try (Tape3490 tape = new Tape3490(TapeConfig.inMemory().withImage(dir.resolve("t.tape")))) {
            record(tape);
            ChannelProgram program = ChannelProgram.start(tape);
            program.control(Tape3490.FORWARD_SPACE_BLOCK);
            program.write(Tape3490.WRITE, block(9, 50));
            assertEquals(2, tape.recordedBlocks());
        }
    }

    @Test
    void aFileBackedTapeSurvivesReopening(@TempDir Path dir) {
        TapeConfig config = TapeConfig.inMemory().withImage(dir.resolve("vol1.tape"));
        try (Tape3490 tape = new Tape3490(config)) {
            record(tape);
        }
        try (Tape3490 reopened = new Tape3490(config)) {
            assertEquals(6, reopened.recordedBlocks());
            assertReadsBack(reopened);
        }
    }
}
