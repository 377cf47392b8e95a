package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.UnitCheckException;

/** The state the ECKD command handlers share, and the unit checks they raise (spec §8.4). */
record DasdContext(CkdVolume volume, ChainState chain, TrackCursor cursor) {

    /** Command reject, format 0, with a message code (1 invalid command … 4 invalid parameter). */
    UnitCheckException reject(int message) {
        return cursor.check(DasdSense.BYTE0_COMMAND_REJECT, 0, message);
    }

    UnitCheckException fileProtected() {
        return cursor.check(0, DasdSense.BYTE1_FILE_PROTECTED, 0);
    }

    UnitCheckException invalidTrackFormat() {
        return cursor.check(0, DasdSense.BYTE1_INVALID_TRACK_FORMAT, 0);
    }

    /** The first {@code length} output bytes, or command reject message 3 when the count is smaller. */
    byte[] parameters(DeviceCommand command, int length) {
        if (command.count() < length || command.output().length < length) {
            throw reject(3);
        }
        return java.util.Arrays.copyOf(command.output(), length);
    }

    static int halfword(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }
}
