package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.ChannelProgram;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.nio.ByteBuffer;

/** Parameter builders and small channel-program patterns for ECKD tests (spec §8.3 layouts). */
public final class Eckd {

    public static final int DE = 0x63;
    public static final int LR = 0x47;
    public static final int SEEK = 0x07;
    public static final int SEARCH_ID_EQ = 0x31;
    public static final int READ_DATA = 0x06;
    public static final int READ_DATA_MT = 0x86;
    public static final int WRITE_CKD = 0x1D;
    static final int TIC_SKIPPED_LIMIT = 1000;

    private Eckd() {
    }

    public static byte[] defineExtent(int mask, int beginCyl, int beginHead, int endCyl, int endHead) {
        return ByteBuffer.allocate(16).put((byte) mask).put((byte) 0xC0).putShort((short) 0).putInt(0)
                .putShort((short) beginCyl).putShort((short) beginHead)
                .putShort((short) endCyl).putShort((short) endHead).array();
    }

    public static byte[] locateRecord(int orientation, int operation, int count, int cyl, int head, int record) {
        return ByteBuffer.allocate(16).put((byte) (orientation << 6 | operation)).put((byte) 0).put((byte) 0)
                .put((byte) count).putShort((short) cyl).putShort((short) head)
                .putShort((short) cyl).putShort((short) head).put((byte) record).put((byte) 0xFF)
                .putShort((short) 0).array();
    }

    public static byte[] seek(int cyl, int head) {
        return ByteBuffer.allocate(6).putShort((short) 0).putShort((short) cyl).putShort((short) head).array();
    }

    public static byte[] id(int cyl, int head, int record) {
        return ByteBuffer.allocate(5).putShort((short) cyl).putShort((short) head).put((byte) record).array();
    }

    public static byte[] countKeyData(int cyl, int head, int record, byte[] key, byte[] data) {
        return ByteBuffer.allocate(8 + key.length + data.length).putShort((short) cyl).putShort((short) head)
                .put((byte) record).put((byte) key.length).putShort((short) data.length).put(key).put(data).array();
    }

    /** Deterministic record contents that differ per record. */
    public static byte[] pattern(int cyl, int head, int record, int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (cyl * 31 + head * 7 + record * 13 + i);
        }
        return data;
    }

    /**
     * The classic loop {@code SEARCH ID EQUAL; TIC *-8; READ DATA}: the channel repeats the search until the
     * device answers status modifier, which skips the TIC (spec §9.2 step 6). Returns the final search
     * response (unit check when the record does not exist) or the read response.
     */
    static DeviceResponse searchAndRead(ChannelProgram program, int cyl, int head, int record, int count) {
        for (int loops = 0; loops < TIC_SKIPPED_LIMIT; loops++) {
            DeviceResponse search = program.write(SEARCH_ID_EQ, id(cyl, head, record));
            if ((search.unitStatus() & UnitStatus.UNIT_CHECK) != 0) {
                return search;
            }
            if ((search.unitStatus() & UnitStatus.STATUS_MODIFIER) != 0) {
                return program.read(READ_DATA, count);
            }
        }
        throw new AssertionError("search loop did not end");
    }
}
