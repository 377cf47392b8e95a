package dev.ccwconsole.emulator.display;

/** Attention identifiers: which key the operator pressed (first byte of inbound data). */
public final class Aid {

    public static final int NO_AID = 0x60;
    public static final int ENTER = 0x7D;
    public static final int CLEAR = 0x6D;
    public static final int PA1 = 0x6C;
    public static final int PA2 = 0x6E;
    public static final int PA3 = 0x6B;
    public static final int STRUCTURED_FIELD = 0x88;
    private static final int[] PF = {0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x7B, 0x7C,
        0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0x4A, 0x4B, 0x4C};

    private Aid() {
    }

    /** PF1 … PF24. */
    public static int pf(int n) {
        if (n < 1 || n > PF.length) {
            throw new IllegalArgumentException("no PF" + n);
        }
        return PF[n - 1];
    }

    /** PA keys and CLEAR send only the AID: no cursor address, no fields ("short read"). */
    public static boolean isShortRead(int aid) {
        return aid == CLEAR || aid == PA1 || aid == PA2 || aid == PA3;
    }
}
