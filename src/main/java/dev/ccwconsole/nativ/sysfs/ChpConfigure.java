package dev.ccwconsole.nativ.sysfs;

/** The {@code configure} attribute of a channel path, {@code %d} from SCLP (spec §1.7). */
public enum ChpConfigure {
    STANDBY(0),
    CONFIGURED(1),
    RESERVED(2),
    NOT_RECOGNIZED(3);

    private final int code;

    ChpConfigure(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ChpConfigure ofCode(int code) {
        for (ChpConfigure c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("configure state must be 0..3, was " + code);
    }
}
