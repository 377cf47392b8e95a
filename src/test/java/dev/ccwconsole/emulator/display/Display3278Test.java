package dev.ccwconsole.emulator.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.Ebcdic;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 3278-2 data stream through the device contract: write, read buffer, operator input and read modified. */
class Display3278Test {

    private static final int PROTECTED_BRIGHT = 0xF8;
    private static final int UNPROTECTED = 0x40;

    /** A login panel: a protected prompt at row 2 col 1, then an unprotected input field with the cursor. */
    private static byte[] panel() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(OutboundStream.WCC_KEYBOARD_RESTORE | OutboundStream.WCC_RESET_MDT);
        out.write(0x11);
        out.writeBytes(BufferAddress.encode(2 * 80));
        out.write(0x1D);
        out.write(PROTECTED_BRIGHT);
        out.writeBytes(Ebcdic.encode("USERID:"));
        out.write(0x1D);
        out.write(UNPROTECTED);
        out.write(0x13);
        out.write(0x11);
        out.writeBytes(BufferAddress.encode(2 * 80 + 20));
        out.write(0x1D);
        out.write(PROTECTED_BRIGHT);
        return out.toByteArray();
    }

    @Test
    void senseIdIsThe3278OnA3274() {
        try (Display3278 display = new Display3278()) {
            assertArrayEquals(new byte[] {(byte) 0xFF, 0x32, 0x74, 0x1D, 0x32, 0x78, 0x02},
                    ChannelProgram.start(display).read(0xE4, 256).input());
        }
    }

    @Test
    void eraseWriteThenReadBufferReturnsTheFieldsAndText() {
        try (Display3278 display = new Display3278()) {
            ChannelProgram program = ChannelProgram.start(display);
            byte[] panel = panel();
            DeviceResponse write = program.write(Display3278.ERASE_WRITE, panel);
            assertEquals(UnitStatus.CE_DE, write.unitStatus());
            assertEquals(0, write.residual(panel.length));

            byte[] buffer = program.read(Display3278.READ_BUFFER, 4096).input();
            assertEquals(3 + 1920 + 3, buffer.length, "AID, cursor, 1920 positions and one SF order per field");
            assertEquals(Aid.NO_AID, buffer[0] & 0xFF);
            assertArrayEquals(BufferAddress.encode(2 * 80 + 9), Arrays.copyOfRange(buffer, 1, 3));
            int field = 3 + 160;
            assertEquals(0x1D, buffer[field]);
            assertEquals(PROTECTED_BRIGHT, buffer[field + 1] & 0xFF);
            assertEquals("USERID:", Ebcdic.decode(buffer, field + 2, 7));
            assertEquals(0x1D, buffer[field + 9]);
            assertEquals(UNPROTECTED, buffer[field + 10] & 0xFF);
            assertEquals(0, buffer[3], "unwritten positions are nulls");
            assertEquals(" USERID:", display.screenLines().get(2).substring(0, 8));
        }
    }

    @Test
    void aKeystrokeRaisesAttentionAndReadModifiedReturnsTheField() {
        try (Display3278 display = new Display3278()) {
            List<Integer> attentions = new ArrayList<>();
            display.onUnsolicitedStatus(attentions::add);
            ChannelProgram.start(display).write(Display3278.ERASE_WRITE, panel());

            assertTrue(display.pressKey(Aid.ENTER, "ibmuser"));
            assertEquals(List.of(UnitStatus.ATTENTION), attentions);
            assertTrue(display.keyboardLocked());
            assertFalse(display.pressKey(Aid.ENTER, "again"), "locked until the host restores the keyboard");

            byte[] modified = ChannelProgram.start(display).read(Display3278.READ_MODIFIED, 1920).input();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.write(Aid.ENTER);
            expected.writeBytes(BufferAddress.encode(2 * 80 + 9 + 7));
            expected.write(0x11);
            expected.writeBytes(BufferAddress.encode(2 * 80 + 9));
            expected.writeBytes(Ebcdic.encode("ibmuser"));
            assertArrayEquals(expected.toByteArray(), modified);
            assertTrue(display.screenText().contains(" USERID: ibmuser"));
        }
    }

    @Test
    void typingIntoAProtectedFieldIsRefused() {
        try (Display3278 display = new Display3278()) {
            ChannelProgram.start(display).write(Display3278.ERASE_WRITE, panel());
            display.moveCursor(2, 3);
            assertFalse(display.pressKey(Aid.ENTER, "x"));
        }
    }

    @Test
    void paKeysSendOnlyTheAid() {
        try (Display3278 display = new Display3278()) {
            ChannelProgram.start(display).write(Display3278.ERASE_WRITE, panel());
            display.pressKey(Aid.PA1);
            assertArrayEquals(new byte[] {(byte) Aid.PA1},
                    ChannelProgram.start(display).read(Display3278.READ_MODIFIED, 100).input());
        }
    }

    @Test
    void repeatToAddressAndProgramTabFillTheBuffer() {
        try (Display3278 display = new Display3278()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0x02);
            out.write(0x3C);
            out.writeBytes(BufferAddress.encode(80));
            out.write(0x60);
            out.write(0x11);
            out.writeBytes(BufferAddress.encode(90));
            out.write(0x1D);
            out.write(UNPROTECTED);
            out.write(0x11);
            out.writeBytes(BufferAddress.encode(80));
            out.write(0x1D);
            out.write(UNPROTECTED);
            out.writeBytes(Ebcdic.encode("ABCDEF"));
            out.write(0x11);
            out.writeBytes(BufferAddress.encode(83));
            out.writeBytes(Ebcdic.encode("x"));
            out.write(0x05);
            out.writeBytes(Ebcdic.encode("Z"));
            ChannelProgram.start(display).write(Display3278.ERASE_WRITE, out.toByteArray());
            assertEquals("-".repeat(80), display.screenLines().get(0));
            assertEquals(" ABx       Z", display.screenLines().get(1).substring(0, 12),
                    "PT after a character nulls the rest of the field, then moves into the next unprotected field");
        }
    }

    @Test
    void readPartitionQueryAnswersWithAQueryReplyAfterAttention() {
        try (Display3278 display = new Display3278()) {
            List<Integer> attentions = new ArrayList<>();
            display.onUnsolicitedStatus(attentions::add);
            ChannelProgram program = ChannelProgram.start(display);
            program.write(Display3278.WRITE_STRUCTURED_FIELD, new byte[] {0, 5, 1, (byte) 0xFF, 2});
            assertEquals(List.of(UnitStatus.ATTENTION), attentions);
            byte[] reply = ChannelProgram.start(display).read(Display3278.READ_MODIFIED, 1000).input();
            assertEquals(Aid.STRUCTURED_FIELD, reply[0] & 0xFF);
            assertEquals(0x81, reply[9] & 0xFF);
            assertEquals(0x81, reply[10] & 0xFF, "usable area");
            assertEquals(80, reply[14]);
            assertEquals(24, reply[16]);
        }
    }

    @Test
    void aTruncatedOrderIsAnOperationCheck() {
        try (Display3278 display = new Display3278()) {
            ChannelProgram program = ChannelProgram.start(display);
            assertEquals(UnitStatus.CE_DE_UC, program.write(Display3278.WRITE, new byte[] {0x02, 0x11, 0x40}).unitStatus());
            assertArrayEquals(new byte[] {Display3278.SENSE_OPERATION_CHECK}, program.read(0x04, 1).input());
        }
    }

    @Test
    void ebcdicCodePage037RoundTrips() {
        String text = "Hello, World! 0123456789 @#$%&*()[]{}<>|\\/~^`'\"";
        assertEquals(text, Ebcdic.decode(Ebcdic.encode(text)));
        assertEquals((byte) 0xC1, Ebcdic.fromChar('A'));
        assertEquals((byte) 0x81, Ebcdic.fromChar('a'));
        assertEquals((byte) 0xF0, Ebcdic.fromChar('0'));
        assertEquals((byte) 0x40, Ebcdic.fromChar(' '));
        for (int b = 0; b < 256; b++) {
            assertEquals((byte) b, Ebcdic.fromChar(Ebcdic.toChar((byte) b)));
        }
    }
}
