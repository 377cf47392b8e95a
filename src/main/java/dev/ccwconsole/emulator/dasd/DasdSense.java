package dev.ccwconsole.emulator.dasd;

/**
 * The 32 sense bytes of a 3990 (spec §8.4): byte 0 and 1 flags, byte 7 format and message, byte 27 bit 0 for
 * 24-byte compatibility, bytes 29–30 cylinder and 31 head of the current position.
 */
public final class DasdSense {

    public static final int LENGTH = 32;

    public static final int BYTE0_COMMAND_REJECT = 0x80;
    public static final int BYTE0_INTERVENTION_REQUIRED = 0x40;
    public static final int BYTE0_EQUIPMENT_CHECK = 0x10;
    public static final int BYTE1_INVALID_TRACK_FORMAT = 0x40;
    public static final int BYTE1_END_OF_CYLINDER = 0x20;
    public static final int BYTE1_NO_RECORD_FOUND = 0x08;
    public static final int BYTE1_FILE_PROTECTED = 0x04;

    private DasdSense() {
    }

    /**
     * Builds sense bytes. Bytes 5–6 carry the legacy cylinder/head form (low cylinder byte; high cylinder
     * nibble and head nibble) and are both 0xFF on volumes beyond 4095 cylinders, where they cannot hold it.
     */
    public static byte[] build(int byte0, int byte1, int formatAndMessage, int cylinder, int head, int cylinders) {
        byte[] sense = new byte[LENGTH];
        sense[0] = (byte) byte0;
        sense[1] = (byte) byte1;
        if (cylinders > 4095) {
            sense[5] = (byte) 0xFF;
            sense[6] = (byte) 0xFF;
        } else {
            sense[5] = (byte) cylinder;
            sense[6] = (byte) (((cylinder >> 8) & 0x0F) << 4 | (head & 0x0F));
        }
        sense[7] = (byte) formatAndMessage;
        sense[27] = (byte) 0x80;
        sense[29] = (byte) (cylinder >> 8);
        sense[30] = (byte) cylinder;
        sense[31] = (byte) head;
        return sense;
    }
}
