package dev.ccwconsole.emulator.tape;

/**
 * The 32 sense bytes of a 3490 (spec §8.4; device specific): byte 0 the architected flags, byte 1 the tape
 * state (0x08 at load point, 0x02 file protected), byte 3 the error-recovery-action code.
 */
public final class TapeSense {

    public static final int LENGTH = 32;

    public static final int BYTE0_COMMAND_REJECT = 0x80;
    public static final int BYTE0_INTERVENTION_REQUIRED = 0x40;
    public static final int BYTE0_DATA_CHECK = 0x08;
    public static final int BYTE1_AT_LOAD_POINT = 0x08;
    public static final int BYTE1_FILE_PROTECTED = 0x02;
    /** Error-recovery actions of the 3480/3490 family used here. */
    public static final int ERA_COMMAND_REJECT = 0x27;
    public static final int ERA_INTERVENTION_REQUIRED = 0x43;

    private TapeSense() {
    }

    public static byte[] build(int byte0, int stateByte1, int era) {
        byte[] sense = new byte[LENGTH];
        sense[0] = (byte) byte0;
        sense[1] = (byte) stateByte1;
        sense[3] = (byte) era;
        return sense;
    }
}
