package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.util.Arrays;

/**
 * The ECKD write commands (spec §8.3): Write Data (0x05) and Write Update Data (0x85) replace a record's data;
 * Write Count Key and Data (0x1D) formats a record after the current one and erases the rest of the track;
 * Write Record Zero (0x15) formats record zero and erases everything after it. The file mask's write control
 * decides what is allowed (violation: file protected); the track-capacity rule of {@link TrackCapacity} decides
 * what fits (violation: invalid track format). The track is stored before the response returns.
 */
final class WriteCommands {

    static final int WRITE_DATA = 0x05;
    static final int WRITE_UPDATE_DATA = 0x85;
    static final int WRITE_COUNT_KEY_DATA = 0x1D;
    static final int WRITE_RECORD_ZERO = 0x15;

    private final DasdContext context;

    WriteCommands(DasdContext context) {
        this.context = context;
    }

    /**
     * Updates the data of the record whose count field was just passed (after a search or inside a write-data
     * domain). A count shorter than the record writes zeros for the rest and reports {@code moreData}.
     */
    DeviceResponse writeData(DeviceCommand command) {
        if (context.chain().writeControl() == ChainState.WRITE_INHIBIT_ALL) {
            throw context.fileProtected();
        }
        TrackCursor cursor = context.cursor();
        TrackCursor.Orientation orientation = cursor.orientation();
        boolean onRecord = orientation == TrackCursor.Orientation.COUNT || orientation == TrackCursor.Orientation.KEY;
        if (!onRecord && !context.chain().inDomain()) {
            throw context.reject(2);
        }
        CkdRecord record = onRecord ? cursor.current()
                : cursor.nextCount(TrackCursor.Scan.forCommand(command.code()));
        int length = record.dataLength();
        byte[] data = Arrays.copyOf(command.output(), length);
        if (command.output().length < length) {
            Arrays.fill(data, command.output().length, length, (byte) 0);
        }
        cursor.track().replace(cursor.recordIndex(), record.withData(data));
        cursor.store();
        cursor.orient(TrackCursor.Orientation.DATA, cursor.recordIndex());
        cursor.dataTransferred();
        int consumed = Math.min(command.count(), length);
        return new DeviceResponse(UnitStatus.CE_DE, new byte[0], consumed,
                command.count() < length);
    }

    /** Formats a record after the one the cursor is on (after record zero when oriented to the home address). */
    DeviceResponse writeCountKeyData(DeviceCommand command) {
        int control = context.chain().writeControl();
        if (control == ChainState.WRITE_INHIBIT_ALL || control == ChainState.WRITE_UPDATE_ONLY) {
            throw context.fileProtected();
        }
        TrackCursor cursor = context.cursor();
        int after = switch (cursor.orientation()) {
            case COUNT, KEY, DATA -> cursor.recordIndex();
            case HOME -> 0;
            case INDEX -> throw context.reject(2);
        };
        CkdRecord record = parseRecord(command);
        CkdTrack track = cursor.track();
        if (!TrackCapacity.fits(track.recordsAfterFormat(after, record))) {
            throw context.invalidTrackFormat();
        }
        track.formatAfter(after, record);
        cursor.store();
        cursor.orient(TrackCursor.Orientation.DATA, after + 1);
        cursor.dataTransferred();
        return formatted(command, record);
    }

    /** Formats record zero; only at the index or home address, and only when the mask allows all writes. */
    DeviceResponse writeRecordZero(DeviceCommand command) {
        if (context.chain().writeControl() != ChainState.WRITE_ALLOW_ALL) {
            throw context.fileProtected();
        }
        TrackCursor cursor = context.cursor();
        TrackCursor.Orientation orientation = cursor.orientation();
        if (orientation != TrackCursor.Orientation.INDEX && orientation != TrackCursor.Orientation.HOME) {
            throw context.reject(2);
        }
        CkdRecord recordZero = parseRecord(command);
        if (!TrackCapacity.fits(java.util.List.of(recordZero))) {
            throw context.invalidTrackFormat();
        }
        cursor.track().formatRecordZero(recordZero);
        cursor.store();
        cursor.orient(TrackCursor.Orientation.DATA, 0);
        cursor.dataTransferred();
        return formatted(command, recordZero);
    }

    private CkdRecord parseRecord(DeviceCommand command) {
        if (command.count() < CkdRecord.COUNT_LENGTH) {
            throw context.reject(3);
        }
        return CkdRecord.fromCountKeyData(command.output());
    }

    private static DeviceResponse formatted(DeviceCommand command, CkdRecord record) {
        int expected = CkdRecord.COUNT_LENGTH + record.keyLength() + record.dataLength();
        int consumed = Math.min(command.count(), expected);
        return new DeviceResponse(UnitStatus.CE_DE, new byte[0], consumed,
                command.count() < expected);
    }
}
