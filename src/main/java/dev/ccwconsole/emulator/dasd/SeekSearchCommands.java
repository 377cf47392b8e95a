package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.util.Arrays;

/**
 * Classic positioning: Seek (0x07), Seek Cylinder (0x0B), Seek Head (0x1B), Search ID Equal / High / Equal or
 * High (0x31 / 0x51 / 0x71, multi-track 0xB1 / 0xD1 / 0xF1), Read Sector (0x22) and Set Sector (0x23)
 * (spec §8.3). None of them is valid inside a Locate Record domain.
 */
final class SeekSearchCommands {

    static final int SEEK = 0x07;
    static final int SEEK_CYLINDER = 0x0B;
    static final int SEEK_HEAD = 0x1B;
    static final int SEARCH_ID_EQUAL = 0x31;
    static final int SEARCH_ID_HIGH = 0x51;
    static final int SEARCH_ID_EQUAL_OR_HIGH = 0x71;
    static final int READ_SECTOR = 0x22;
    static final int SET_SECTOR = 0x23;

    private static final int SEEK_ARGUMENT_LENGTH = 6;
    private static final int SEARCH_ARGUMENT_LENGTH = 5;

    private final DasdContext context;

    SeekSearchCommands(DasdContext context) {
        this.context = context;
    }

    static boolean isSearch(int code) {
        int base = code & 0x7F;
        return base == SEARCH_ID_EQUAL || base == SEARCH_ID_HIGH || base == SEARCH_ID_EQUAL_OR_HIGH;
    }

    /** Seek argument 00 00 CC HH; the file mask's seek control decides which seeks are allowed. */
    DeviceResponse seek(DeviceCommand command) {
        notInDomain();
        byte[] p = context.parameters(command, SEEK_ARGUMENT_LENGTH);
        TrackCursor cursor = context.cursor();
        int cylinder = DasdContext.halfword(p, 2);
        int head = DasdContext.halfword(p, 4);
        if (command.code() == SEEK_HEAD) {
            cylinder = cursor.cylinder();
        }
        if (p[0] != 0 || p[1] != 0 || !context.volume().contains(cylinder, head)) {
            throw context.reject(4);
        }
        if (!seekAllowed(command.code(), cylinder, cursor.cylinder()) || !context.chain().inExtent(cylinder, head)) {
            throw context.fileProtected();
        }
        cursor.seek(cylinder, head);
        cursor.dataTransferred();
        return DeviceResponse.wrote(SEEK_ARGUMENT_LENGTH);
    }

    private boolean seekAllowed(int code, int cylinder, int currentCylinder) {
        int control = context.chain().seekControl();
        if (control == ChainState.SEEK_ALL) {
            return true;
        }
        if (control == ChainState.SEEK_CYLINDER_HEAD) {
            return code != SEEK || cylinder == currentCylinder;
        }
        if (control == ChainState.SEEK_HEAD_ONLY) {
            return cylinder == currentCylinder;
        }
        return false;
    }

    /**
     * Compares the next record's ID (record zero included) with the argument. A hit answers CE DE with status
     * modifier, so the channel skips the following CCW, normally the {@code TIC *-8} of the search loop
     * (spec §9.2 step 6); a miss leaves the cursor after that count field so the loop tries the next record.
     */
    DeviceResponse searchId(DeviceCommand command) {
        notInDomain();
        byte[] argument = context.parameters(command, SEARCH_ARGUMENT_LENGTH);
        CkdRecord record = context.cursor().nextCount(TrackCursor.Scan.forSearch(command.code()));
        int comparison = Arrays.compareUnsigned(record.id(), argument);
        boolean hit = switch (command.code() & 0x7F) {
            case SEARCH_ID_EQUAL -> comparison == 0;
            case SEARCH_ID_HIGH -> comparison > 0;
            default -> comparison >= 0;
        };
        int status = hit ? UnitStatus.CE_DE | UnitStatus.STATUS_MODIFIER : UnitStatus.CE_DE;
        return new DeviceResponse(status, new byte[0], SEARCH_ARGUMENT_LENGTH, false);
    }

    DeviceResponse readSector(DeviceCommand command) {
        return DeviceResponse.read(new byte[] {(byte) context.cursor().sector()}, command.count());
    }

    /**
     * Set Sector only waits for a rotational position; rotation is not timed here, so it re-orients at the
     * index and the following search finds its record within one revolution.
     */
    DeviceResponse setSector(DeviceCommand command) {
        notInDomain();
        int sector = context.parameters(command, 1)[0] & 0xFF;
        if (sector != 0xFF && sector >= TrackCapacity.SECTORS) {
            throw context.reject(4);
        }
        context.cursor().toIndex();
        return DeviceResponse.wrote(1);
    }

    private void notInDomain() {
        if (context.chain().inDomain()) {
            throw context.reject(2);
        }
    }
}
