package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceResponse;
import java.io.ByteArrayOutputStream;

/**
 * The ECKD read commands (spec §8.3): Read Data, Read Count, Read Home Address, Read Record Zero, Read Count Key
 * and Data, Read Key and Data (each with its multi-track 0x80 variant) and Read Track. Each returns at most the
 * command's count and flags {@code moreData} when the field was longer.
 */
final class ReadCommands {

    static final int READ_DATA = 0x06;
    static final int READ_KEY_DATA = 0x0E;
    static final int READ_COUNT = 0x12;
    static final int READ_RECORD_ZERO = 0x16;
    static final int READ_HOME_ADDRESS = 0x1A;
    static final int READ_COUNT_KEY_DATA = 0x1E;
    static final int READ_TRACK = 0xDE;

    private final DasdContext context;

    ReadCommands(DasdContext context) {
        this.context = context;
    }

    /** Reads the data of the record whose count was just passed, else of the next record. */
    DeviceResponse readData(DeviceCommand command) {
        TrackCursor cursor = context.cursor();
        CkdRecord record = onRecordOrNext(cursor, command.code());
        cursor.orient(TrackCursor.Orientation.DATA, cursor.recordIndex());
        cursor.dataTransferred();
        return DeviceResponse.read(record.data(), command.count());
    }

    DeviceResponse readKeyData(DeviceCommand command) {
        TrackCursor cursor = context.cursor();
        CkdRecord record = cursor.orientation() == TrackCursor.Orientation.COUNT ? cursor.current()
                : cursor.nextCount(TrackCursor.Scan.forCommand(command.code()));
        cursor.orient(TrackCursor.Orientation.DATA, cursor.recordIndex());
        cursor.dataTransferred();
        return DeviceResponse.read(record.keyData(), command.count());
    }

    DeviceResponse readCount(DeviceCommand command) {
        CkdRecord record = context.cursor().nextCount(TrackCursor.Scan.forCommand(command.code()));
        return DeviceResponse.read(record.countField(), command.count());
    }

    DeviceResponse readCountKeyData(DeviceCommand command) {
        TrackCursor cursor = context.cursor();
        CkdRecord record = cursor.nextCount(TrackCursor.Scan.forCommand(command.code()));
        cursor.orient(TrackCursor.Orientation.DATA, cursor.recordIndex());
        cursor.dataTransferred();
        return DeviceResponse.read(record.countKeyData(), command.count());
    }

    /** The multi-track variant moves to the next track when this one is already past its home address. */
    DeviceResponse readHomeAddress(DeviceCommand command) {
        TrackCursor cursor = context.cursor();
        if ((command.code() & 0x80) != 0 && cursor.orientation() != TrackCursor.Orientation.INDEX) {
            cursor.advanceTrack();
        }
        cursor.toHomeAddress();
        return DeviceResponse.read(cursor.track().homeAddress(), command.count());
    }

    /** Record zero of the current track (or, multi-track, of the next one when past record zero here). */
    DeviceResponse readRecordZero(DeviceCommand command) {
        TrackCursor cursor = context.cursor();
        boolean pastRecordZero = cursor.recordIndex() >= 0;
        if ((command.code() & 0x80) != 0 && pastRecordZero) {
            cursor.advanceTrack();
        }
        cursor.toHomeAddress();
        CkdRecord recordZero = cursor.nextCount(new TrackCursor.Scan(false, false, false, false));
        cursor.orient(TrackCursor.Orientation.DATA, 0);
        cursor.dataTransferred();
        return DeviceResponse.read(recordZero.countKeyData(), command.count());
    }

    /**
     * Read Track (in a read-tracks domain, spec §8.3 operation 0x0C): count, key and data of every record of a
     * track, record zero included. Each further Read Track reads the next track of the domain.
     */
    DeviceResponse readTrack(DeviceCommand command) {
        TrackCursor cursor = context.cursor();
        if (cursor.orientation() != TrackCursor.Orientation.INDEX) {
            cursor.advanceTrack();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CkdTrack track = cursor.track();
        for (int i = 0; i < track.size(); i++) {
            out.writeBytes(track.record(i).countKeyData());
        }
        cursor.orient(TrackCursor.Orientation.DATA, track.size() - 1);
        cursor.dataTransferred();
        return DeviceResponse.read(out.toByteArray(), command.count());
    }

    private static CkdRecord onRecordOrNext(TrackCursor cursor, int code) {
        TrackCursor.Orientation orientation = cursor.orientation();
        if (orientation == TrackCursor.Orientation.COUNT || orientation == TrackCursor.Orientation.KEY) {
            return cursor.current();
        }
        return cursor.nextCount(TrackCursor.Scan.forCommand(code));
    }
}
