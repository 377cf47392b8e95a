package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.Ebcdic;

/**
 * The 256 bytes of Read Configuration Data (0xFA): four 32-byte node-element descriptors (NED) for the device,
 * the string, the storage director and the subsystem, zeros, and a node-element qualifier (NEQ) in bytes
 * 224–255. The NED text fields are EBCDIC: type (6), model (3), manufacturer (3), plant (2) and a 12-character
 * sequence number, which here is "000000" plus the volume serial so that each volume has its own identifier.
 * The layout follows the general NED form; field values are this emulator's own.
 */
public final class ConfigurationData {

    public static final int LENGTH = 256;
    private static final String MANUFACTURER = "CCW";
    private static final String PLANT = "01";

    private ConfigurationData() {
    }

    public static byte[] of(Model3390 model, StorageControl3990 controlUnit, String volser, int unitAddress) {
        byte[] b = new byte[LENGTH];
        String serial = "000000" + String.format("%-6s", volser).replace(' ', '0');
        ned(b, 0, 0xC4010100, "003390", String.format("%03X", model.modelByte()), serial);
        ned(b, 32, 0xC4000000, "003390", String.format("%03X", model.modelByte()), serial);
        ned(b, 64, 0xD4020000, "003990", String.format("%03X", controlUnit.modelByte()), serial);
        ned(b, 96, 0xF0000001, "003990", "   ", serial);
        // NEQ: general qualifier, missing-interrupt interval 30 s, unit address as device address.
        b[224] = (byte) 0x80;
        b[230] = 0x1E;
        b[234] = (byte) 0x80;
        b[235] = (byte) unitAddress;
        b[236] = (byte) unitAddress;
        b[237] = (byte) unitAddress;
        b[241] = (byte) 0x80;
        b[242] = (byte) 0x80;
        b[243] = (byte) unitAddress;
        return b;
    }

    private static void ned(byte[] b, int offset, int flags, String type, String model, String serial) {
        b[offset] = (byte) (flags >>> 24);
        b[offset + 1] = (byte) (flags >>> 16);
        b[offset + 2] = (byte) (flags >>> 8);
        b[offset + 3] = (byte) flags;
        byte[] text = Ebcdic.encode(type + model + MANUFACTURER + PLANT + serial);
        System.arraycopy(text, 0, b, offset + 4, text.length);
        b[offset + 30] = 0x03;
    }
}
