package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.region.CmdRegion;
import dev.ccwconsole.abi.region.CrwRegion;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.abi.region.SchibRegion;

/**
 * The kernel's persistent region buffers of one device: writes merge into them, reads copy out of them, and
 * the I/O region keeps ORB, SCSW, the last IRB and the last ret_code between calls (spec §3.2, E-23, E-26).
 * Guarded by the device's I/O mutex; multi-byte fields are big-endian (spec §3.7).
 */
final class RegionBuffers {

    final byte[] io = new byte[IoRegion.SIZE];
    final byte[] cmd = new byte[CmdRegion.SIZE];
    final byte[] schib = new byte[SchibRegion.SIZE];
    final byte[] crw = new byte[CrwRegion.SIZE];

    static int getInt(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 24) | ((b[offset + 1] & 0xFF) << 16) | ((b[offset + 2] & 0xFF) << 8)
                | (b[offset + 3] & 0xFF);
    }

    static void putInt(byte[] b, int offset, int value) {
        b[offset] = (byte) (value >>> 24);
        b[offset + 1] = (byte) (value >>> 16);
        b[offset + 2] = (byte) (value >>> 8);
        b[offset + 3] = (byte) value;
    }

    int ioRetCode() {
        return getInt(io, IoRegion.RET_CODE_OFFSET);
    }

    void setIoRetCode(int retCode) {
        putInt(io, IoRegion.RET_CODE_OFFSET, retCode);
    }

    int asyncCommand() {
        return getInt(cmd, 0);
    }

    void setCmdRetCode(int retCode) {
        putInt(cmd, 4, retCode);
    }
}
