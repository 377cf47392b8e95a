package dev.ccwconsole.emulator.display;

import dev.ccwconsole.emulator.device.AbstractDeviceModel;
import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceIdentity;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.Ebcdic;
import dev.ccwconsole.emulator.device.OperatorConsole;
import dev.ccwconsole.emulator.device.UnitCheckException;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A 3278 model 2 display (24 × 80) on a 3274-1D control unit, Sense ID {@code FF 3274 1D 3278 02} (spec §8.1),
 * attached locally (non-SNA): Write 0x01, Erase/Write 0x05, Erase/Write Alternate 0x0D, Write Structured Field
 * 0x11, Read Buffer 0x02, Read Modified 0x06, Select 0x0B, NOP and a 1-byte Sense.
 *
 * <p>The operator side ({@link #pressKey}) types into the field under the cursor, sets its modified tag,
 * remembers the AID, locks the keyboard until the host restores it (WCC bit 0x02) and presents attention
 * (unit status 0x80 alone, as a local 3270 does) as unsolicited status.
 */
public final class Display3278 extends AbstractDeviceModel implements OperatorConsole {

    public static final DeviceIdentity IDENTITY = new DeviceIdentity(0x3274, 0x1D, 0x3278, 0x02, List.of());

    static final int WRITE = 0x01;
    static final int READ_BUFFER = 0x02;
    static final int ERASE_WRITE = 0x05;
    static final int READ_MODIFIED = 0x06;
    static final int SELECT = 0x0B;
    static final int ERASE_WRITE_ALTERNATE = 0x0D;
    static final int WRITE_STRUCTURED_FIELD = 0x11;
    /** Sense byte 0 bit 7: operation check (a malformed data stream). */
    static final int SENSE_OPERATION_CHECK = 0x01;

    private final ScreenBuffer screen = new ScreenBuffer();
    private int aid = Aid.NO_AID;
    private boolean keyboardLocked;
    private byte[] pendingQueryReply;

    public Display3278() {
        super(IDENTITY);
    }

    @Override
    public void beginChannelProgram() {
        // The buffer is the device's state; nothing is scoped to one channel program.
    }

    @Override
    protected int senseLength() {
        return 1;
    }

    @Override
    protected DeviceResponse executeDeviceCommand(DeviceCommand command) {
        return switch (command.code()) {
            case WRITE -> write(command, false);
            case ERASE_WRITE, ERASE_WRITE_ALTERNATE -> write(command, true);
            case WRITE_STRUCTURED_FIELD -> writeStructuredField(command);
            case READ_BUFFER -> DeviceResponse.read(InboundStream.readBuffer(screen, aid), command.count());
            case READ_MODIFIED -> readModified(command);
            case SELECT -> DeviceResponse.status(UnitStatus.CE_DE);
            default -> null;
        };
    }

    private DeviceResponse write(DeviceCommand command, boolean erase) {
        if (erase) {
            screen.eraseAll();
        }
        int wcc;
        try {
            wcc = OutboundStream.apply(screen, command.output());
        } catch (IllegalArgumentException e) {
            throw new UnitCheckException(new byte[] {SENSE_OPERATION_CHECK});
        }
        if ((wcc & OutboundStream.WCC_KEYBOARD_RESTORE) != 0) {
            keyboardLocked = false;
            aid = Aid.NO_AID;
        }
        return DeviceResponse.wrote(command.count());
    }

    private DeviceResponse readModified(DeviceCommand command) {
        if (pendingQueryReply != null) {
            byte[] reply = pendingQueryReply;
            pendingQueryReply = null;
            return DeviceResponse.read(reply, command.count());
        }
        return DeviceResponse.read(InboundStream.readModified(screen, aid), command.count());
    }

    /**
     * Structured fields (2-byte length, 1-byte id): Read Partition (0x01) with Query (0x02) or Query List
     * (0x03) prepares a Query Reply for the next Read Modified and presents attention; Erase/Reset (0x03)
     * erases the buffer. Anything else is rejected.
     */
    private DeviceResponse writeStructuredField(DeviceCommand command) {
        byte[] data = command.output();
        int at = 0;
        while (at < data.length) {
            if (data.length - at < 3) {
                throw new UnitCheckException(new byte[] {SENSE_OPERATION_CHECK});
            }
            int length = ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
            length = length == 0 ? data.length - at : length;
            int id = data[at + 2] & 0xFF;
            if (length < 3 || at + length > data.length) {
                throw new UnitCheckException(new byte[] {SENSE_OPERATION_CHECK});
            }
            if (id == 0x01 && length >= 5 && ((data[at + 4] & 0xFF) == 0x02 || (data[at + 4] & 0xFF) == 0x03)) {
                pendingQueryReply = InboundStream.queryReply();
            } else if (id == 0x03) {
                screen.eraseAll();
            } else {
                throw commandReject(MSG_INVALID_PARAMETER);
            }
            at += length;
        }
        if (pendingQueryReply != null) {
            presentUnsolicited(UnitStatus.ATTENTION);
        }
        return DeviceResponse.wrote(command.count());
    }

    /** Moves the cursor (operator arrow keys). */
    public void moveCursor(int row, int column) {
        if (row < 0 || row >= ScreenBuffer.ROWS || column < 0 || column >= ScreenBuffer.COLUMNS) {
            throw new IllegalArgumentException("no position " + row + "," + column);
        }
        screen.cursor(row * ScreenBuffer.COLUMNS + column);
    }

    /** Moves the cursor to the first position of the next unprotected field (the Tab key). */
    public void tab() {
        int target = screen.nextUnprotectedField(screen.cursor(), true);
        if (target >= 0) {
            screen.cursor(target);
        }
    }

    public int cursorAddress() {
        return screen.cursor();
    }

    public boolean keyboardLocked() {
        return keyboardLocked;
    }

    /**
     * The operator types {@code text} at the cursor and presses an AID key. Text goes into the unprotected
     * field under the cursor (stopping at the field's end) and sets its modified tag; CLEAR also erases the
     * screen. Returns false, doing nothing, while the keyboard is locked or when the cursor is in a protected
     * field or on an attribute position.
     */
    @Override
    public boolean pressKey(int aidKey, String text) {
        if (keyboardLocked) {
            return false;
        }
        if (!text.isEmpty() && !type(text)) {
            return false;
        }
        if (aidKey == Aid.CLEAR) {
            screen.eraseAll();
        }
        aid = aidKey;
        keyboardLocked = true;
        presentUnsolicited(UnitStatus.ATTENTION);
        return true;
    }

    public boolean pressKey(int aidKey) {
        return pressKey(aidKey, "");
    }

    private boolean type(String text) {
        int at = screen.cursor();
        if (screen.isAttribute(at) || screen.isProtected(at)) {
            return false;
        }
        int attribute = screen.fieldAttribute(at);
        for (int i = 0; i < text.length() && !screen.isAttribute(at); i++) {
            screen.putCharacter(at, Ebcdic.fromChar(text.charAt(i)));
            at = ScreenBuffer.wrap(at + 1);
        }
        if (attribute >= 0) {
            screen.setModified(attribute);
        }
        screen.cursor(at);
        return true;
    }

    /** The screen as 24 lines of 80 characters: attributes, nulls and non-display fields show as blanks. */
    @Override
    public List<String> screenLines() {
        List<String> lines = new ArrayList<>(ScreenBuffer.ROWS);
        StringBuilder line = new StringBuilder(ScreenBuffer.COLUMNS);
        for (int at = 0; at < ScreenBuffer.SIZE; at++) {
            line.append(visible(at));
            if (line.length() == ScreenBuffer.COLUMNS) {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        return lines;
    }

    /** {@link #screenLines()} joined with newlines. */
    public String screenText() {
        return String.join("\n", screenLines());
    }

    private char visible(int at) {
        if (screen.isAttribute(at)) {
            return ' ';
        }
        int attribute = screen.fieldAttribute(at);
        if (attribute >= 0 && (screen.cell(attribute) & ScreenBuffer.NON_DISPLAY) == ScreenBuffer.NON_DISPLAY) {
            return ' ';
        }
        byte b = screen.cell(at);
        return b != 0 && Ebcdic.isPrintable(b) ? Ebcdic.toChar(b) : ' ';
    }

    @Override
    public void close() {
        // nothing to release
    }
}
