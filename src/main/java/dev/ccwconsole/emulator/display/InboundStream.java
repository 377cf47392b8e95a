package dev.ccwconsole.emulator.display;

import java.io.ByteArrayOutputStream;

/**
 * Inbound data: Read Buffer (AID, cursor address, every buffer position with SF orders for attributes), Read
 * Modified (AID, cursor address and, per modified field, SBA + field data with nulls suppressed; only the AID
 * for PA keys and CLEAR) and the Query Reply sent after a Read Partition Query structured field.
 */
final class InboundStream {

    private static final int SF = 0x1D;
    private static final int SBA = 0x11;

    private InboundStream() {
    }

    static byte[] readBuffer(ScreenBuffer screen, int aid) {
        ByteArrayOutputStream out = header(screen, aid);
        for (int at = 0; at < ScreenBuffer.SIZE; at++) {
            if (screen.isAttribute(at)) {
                out.write(SF);
            }
            out.write(screen.cell(at));
        }
        return out.toByteArray();
    }

    static byte[] readModified(ScreenBuffer screen, int aid) {
        if (Aid.isShortRead(aid)) {
            return new byte[] {(byte) aid};
        }
        ByteArrayOutputStream out = header(screen, aid);
        if (!screen.formatted()) {
            for (int at = 0; at < ScreenBuffer.SIZE; at++) {
                writeUnlessNull(out, screen.cell(at));
            }
            return out.toByteArray();
        }
        for (int attribute : screen.fieldAttributes()) {
            if ((screen.cell(attribute) & ScreenBuffer.MODIFIED) != 0) {
                out.write(SBA);
                out.writeBytes(BufferAddress.encode(ScreenBuffer.wrap(attribute + 1)));
                for (byte b : screen.fieldData(attribute)) {
                    writeUnlessNull(out, b);
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * Query Reply: AID 0x88, then the Summary (0x80) and Usable Area (0x81) replies describing a 24 × 80 screen
     * with 12/14-bit addressing and a 1920-byte buffer.
     */
    static byte[] queryReply() {
        return new byte[] {
            (byte) Aid.STRUCTURED_FIELD,
            0x00, 0x06, (byte) 0x81, (byte) 0x80, (byte) 0x80, (byte) 0x81,
            0x00, 0x17, (byte) 0x81, (byte) 0x81, 0x01, 0x00, 0x00, 0x50, 0x00, 0x18, 0x01,
            0x00, 0x0A, 0x02, (byte) 0xE5, 0x00, 0x02, 0x00, 0x6F, 0x09, 0x0C, 0x07, (byte) 0x80};
    }

    private static ByteArrayOutputStream header(ScreenBuffer screen, int aid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ScreenBuffer.SIZE + 64);
        out.write(aid);
        out.writeBytes(BufferAddress.encode(screen.cursor()));
        return out;
    }

    private static void writeUnlessNull(ByteArrayOutputStream out, byte b) {
        if (b != 0) {
            out.write(b);
        }
    }
}
