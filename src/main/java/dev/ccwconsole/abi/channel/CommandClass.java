package dev.ccwconsole.abi.channel;

/**
 * The class of a CCW command code, decided by its low bits as QEMU and vfio-ccw do (spec §5.3). The 4-bit
 * patterns (invalid, sense, TIC, read backward) take precedence over the 2-bit ones.
 */
public enum CommandClass {
    INVALID("invalid"),
    WRITE("write (output)"),
    READ("read (input)"),
    CONTROL("control"),
    SENSE("sense"),
    TIC("transfer in channel"),
    READ_BACKWARD("read backward");

    private final String label;

    CommandClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CommandClass of(int commandCode) {
        switch (commandCode & 0x0F) {
            case 0x0:
                return INVALID;
            case 0x4:
                return SENSE;
            case 0x8:
                return TIC;
            case 0xC:
                return READ_BACKWARD;
            default:
                break;
        }
        switch (commandCode & 0x03) {
            case 0x1:
                return WRITE;
            case 0x2:
                return READ;
            default:
                return CONTROL;
        }
    }

    /** True for classes whose data flows from the device into memory (the ones SKIP applies to). */
    public boolean isInput() {
        return this == READ || this == SENSE || this == READ_BACKWARD;
    }
}
