package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceResponse;
import java.util.Arrays;

/** Define Extent (0x63), Locate Record (0x47) and Set File Mask (0x1F) (spec §8.3 parameter layouts). */
final class ExtentCommands {

    static final int DEFINE_EXTENT = 0x63;
    static final int LOCATE_RECORD = 0x47;
    static final int SET_FILE_MASK = 0x1F;

    private static final int DEFINE_EXTENT_LENGTH = 16;
    private static final int DEFINE_EXTENT_EXTENDED_LENGTH = 32;
    private static final int LOCATE_RECORD_LENGTH = 16;
    private static final int NO_SECTOR = 0xFF;

    private final DasdContext context;

    ExtentCommands(DasdContext context) {
        this.context = context;
    }

    DeviceResponse defineExtent(DeviceCommand command) {
        ChainState chain = context.chain();
        // Twice, after Set File Mask or inside a Locate Record domain: invalid sequence (message 2).
        if (chain.fileMaskEstablished() || chain.inDomain()) {
            throw context.reject(2);
        }
        byte[] p = context.parameters(command, DEFINE_EXTENT_LENGTH);
        int mask = p[0] & 0xFF;
        if ((mask & 0x20) != 0) {
            throw context.reject(4);
        }
        int beginCylinder = DasdContext.halfword(p, 8);
        int beginHead = DasdContext.halfword(p, 10);
        int endCylinder = DasdContext.halfword(p, 12);
        int endHead = DasdContext.halfword(p, 14);
        CkdVolume volume = context.volume();
        int begin = CkdVolume.trackNumber(beginCylinder, beginHead);
        int end = CkdVolume.trackNumber(endCylinder, endHead);
        if (!volume.contains(beginCylinder, beginHead) || !volume.contains(endCylinder, endHead) || begin > end) {
            throw context.reject(4);
        }
        chain.defineExtent(mask, begin, end);
        // The extended form carries 16 more bytes (time stamp etc.) that change nothing here.
        int used = command.count() >= DEFINE_EXTENT_EXTENDED_LENGTH ? DEFINE_EXTENT_EXTENDED_LENGTH
                : DEFINE_EXTENT_LENGTH;
        return DeviceResponse.wrote(used);
    }

    DeviceResponse setFileMask(DeviceCommand command) {
        ChainState chain = context.chain();
        if (chain.fileMaskEstablished() || chain.inDomain()) {
            throw context.reject(2);
        }
        int mask = context.parameters(command, 1)[0] & 0xFF;
        if ((mask & 0x20) != 0) {
            throw context.reject(4);
        }
        chain.setFileMask(mask);
        return DeviceResponse.wrote(1);
    }

    DeviceResponse locateRecord(DeviceCommand command) {
        ChainState chain = context.chain();
        if (!chain.extentDefined() || chain.inDomain()) {
            throw context.reject(2);
        }
        byte[] p = context.parameters(command, LOCATE_RECORD_LENGTH);
        int orientation = (p[0] >> 6) & 0x03;
        int operation = p[0] & 0x3F;
        int count = p[3] & 0xFF;
        int sector = p[13] & 0xFF;
        if (p[2] != 0 || count == 0 || !isSupported(operation)
                || (sector != NO_SECTOR && sector >= TrackCapacity.SECTORS)) {
            throw context.reject(4);
        }
        int cylinder = DasdContext.halfword(p, 4);
        int head = DasdContext.halfword(p, 6);
        if (!context.volume().contains(cylinder, head)) {
            throw context.reject(4);
        }
        if (!chain.inExtent(cylinder, head)) {
            throw context.fileProtected();
        }
        TrackCursor cursor = context.cursor();
        cursor.seek(cylinder, head);
        cursor.dataTransferred();
        orient(cursor, orientation, operation, Arrays.copyOfRange(p, 8, 13));
        chain.locate(operation, count);
        return DeviceResponse.wrote(LOCATE_RECORD_LENGTH);
    }

    /**
     * Orientation 00 (count) and 10 (data) search the track for the record whose ID equals the search argument
     * and stop after its count field or its data field; 01 stops after the home address, 11 at the index. For
     * a format write oriented to the home address the search argument names record zero, which stays.
     */
    private void orient(TrackCursor cursor, int orientation, int operation, byte[] searchArgument) {
        switch (orientation) {
            case 0, 2 -> {
                CkdRecord found;
                do {
                    found = cursor.nextCount(TrackCursor.Scan.forLocate());
                } while (!Arrays.equals(found.id(), searchArgument));
                if (orientation == 2) {
                    cursor.orient(TrackCursor.Orientation.DATA, cursor.recordIndex());
                }
            }
            case 1 -> {
                cursor.toHomeAddress();
                if (operation == ChainState.OP_FORMAT_WRITE && searchArgument[4] == 0) {
                    cursor.orient(TrackCursor.Orientation.DATA, 0);
                }
            }
            default -> cursor.toIndex();
        }
    }

    private static boolean isSupported(int operation) {
        return operation == ChainState.OP_ORIENT || operation == ChainState.OP_WRITE_DATA
                || operation == ChainState.OP_FORMAT_WRITE || operation == ChainState.OP_READ_DATA
                || operation == ChainState.OP_READ_TRACKS;
    }
}
