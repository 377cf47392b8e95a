package dev.ccwconsole.api;

import dev.ccwconsole.abi.Hex;
import java.nio.ByteBuffer;

/** ECKD parameter blocks as hex for channel-program bodies (spec §8.3 layouts). */
final class Eckd {

    private Eckd() {
    }

    static String defineExtent(int mask, int beginCyl, int beginHead, int endCyl, int endHead) {
        return Hex.of(ByteBuffer.allocate(16).put((byte) mask).put((byte) 0xC0).putShort((short) 0).putInt(0)
                .putShort((short) beginCyl).putShort((short) beginHead).putShort((short) endCyl)
                .putShort((short) endHead).array());
    }

    static String locateRecord(int orientation, int operation, int count, int cyl, int head, int record) {
        return Hex.of(ByteBuffer.allocate(16).put((byte) (orientation << 6 | operation)).put((byte) 0).put((byte) 0)
                .put((byte) count).putShort((short) cyl).putShort((short) head).putShort((short) cyl)
                .putShort((short) head).put((byte) record).put((byte) 0xFF).putShort((short) 0).array());
    }

    /** The count field of a Write CKD (the data follows it in the same CCW). */
    static String ckd(int cyl, int head, int record, int dataLength) {
        return Hex.of(ByteBuffer.allocate(8).putShort((short) cyl).putShort((short) head).put((byte) record)
                .put((byte) 0).putShort((short) dataLength).array());
    }
}
