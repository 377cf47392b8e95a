package dev.ccwconsole.emulator.dasd;

/**
 * The 64 bytes of Read Device Characteristics (0x64) for a 3390 behind a 3990 (spec §8.5; values spec §8.2).
 * Facility bits (bytes 6–9) are all zero: none of the optional ECKD facilities (Read Track in LR, Prefix, …)
 * is offered, so a driver falls back to the basic command set this emulator implements.
 */
public final class DeviceCharacteristics {

    public static final int LENGTH = 64;
    private static final int DEVICE_CLASS_DASD = 0x20;
    private static final int FORMULA = 2;
    private static final int[] FACTORS = {34, 19, 9, 6, 116};
    private static final int FACTOR_6 = 6;
    /** Cylinder count that tells a reader to look at the 4-byte count in bytes 60–63. */
    private static final int LARGE_VOLUME_MARKER = 0xFFFE;

    private DeviceCharacteristics() {
    }

    public static byte[] of(Model3390 model, StorageControl3990 controlUnit) {
        byte[] b = new byte[LENGTH];
        putHalfword(b, 0, StorageControl3990.CU_TYPE);
        b[2] = (byte) controlUnit.modelByte();
        putHalfword(b, 3, 0x3390);
        b[5] = (byte) model.modelByte();
        b[10] = (byte) DEVICE_CLASS_DASD;
        b[11] = (byte) model.typeCode();
        int cylinders = model.cylinders();
        putHalfword(b, 12, cylinders > LARGE_VOLUME_MARKER ? LARGE_VOLUME_MARKER : cylinders);
        putHalfword(b, 14, Model3390.HEADS);
        b[16] = (byte) TrackCapacity.SECTORS;
        b[17] = (byte) (TrackCapacity.TRACK_LENGTH >> 16);
        putHalfword(b, 18, TrackCapacity.TRACK_LENGTH & 0xFFFF);
        putHalfword(b, 20, TrackCapacity.HA_R0_OVERHEAD);
        b[22] = (byte) FORMULA;
        for (int i = 0; i < FACTORS.length; i++) {
            b[23 + i] = (byte) FACTORS[i];
        }
        // Alternate area: first alternate cylinder and number of alternate tracks.
        putHalfword(b, 28, cylinders);
        putHalfword(b, 30, model.alternateCylinders() * Model3390.HEADS);
        b[40] = (byte) model.typeCode();
        b[41] = (byte) model.typeCode();
        putHalfword(b, 44, TrackCapacity.MAX_R0_DATA);
        b[48] = (byte) FACTOR_6;
        if (cylinders > LARGE_VOLUME_MARKER) {
            b[60] = (byte) (cylinders >>> 24);
            b[61] = (byte) (cylinders >>> 16);
            putHalfword(b, 62, cylinders & 0xFFFF);
        }
        return b;
    }

    private static void putHalfword(byte[] b, int offset, int value) {
        b[offset] = (byte) (value >> 8);
        b[offset + 1] = (byte) value;
    }
}
