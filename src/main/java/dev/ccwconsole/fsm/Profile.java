package dev.ccwconsole.fsm;

import java.util.Arrays;

/**
 * Kernel personalities the emulator reproduces and the native backend may meet. The differences that matter to
 * a user of the regions are spelled out as properties, each citing the spec section it comes from.
 */
public enum Profile {
    /** Linux 5.2 with the hsch/csch seed series (spec §4.2). */
    SEED_5_2("5.2"),
    /** Linux 6.x mainline (spec §4.3), with the 6.3 IDAW and key changes. */
    MAINLINE_6("6.x");

    private final String label;

    Profile(String label) {
        this.label = label;
    }

    /** {@code "5.2"} or {@code "6.x"}, as the REST contract names profiles. */
    public String label() {
        return label;
    }

    public static Profile fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown kernel profile '" + label + "'; expected 5.2 or 6.x"));
    }

    /** OPEN/CLOSE are FSM events from 6.0 on; before, open and release were handled outside the FSM. */
    public boolean hasOpenCloseEvents() {
        return this == MAINLINE_6;
    }

    /** 5.2–5.12: the I/O write handler forces IDLE after every non-zero ret_code (spec §4.2, E-25). */
    public boolean forcesIdleAfterFailedIoWrite() {
        return this == SEED_5_2;
    }

    /** 5.2: any final interrupt sets IDLE; 5.13+: only a solicited final one that finishes a program (spec §4.2). */
    public boolean idleOnAnyFinalInterrupt() {
        return this == SEED_5_2;
    }

    /** 5.2–5.7 refuse ORBs without the prefetch bit with -EOPNOTSUPP (spec §3.2, §6.1). */
    public boolean requiresPrefetch() {
        return this == SEED_5_2;
    }

    /** 6.3+: format-1 and 2K format-2 IDAWs accepted; earlier -EOPNOTSUPP (spec §6.1). */
    public boolean acceptsAllIdawFormats() {
        return this == MAINLINE_6;
    }

    /** 6.3+: the ORB key reaches the hardware; earlier it was forced to 0 (spec §5.2, E-45). */
    public boolean passesOrbKey() {
        return this == MAINLINE_6;
    }

    /** Device regions besides the I/O region: 5.2 has the async region only; 5.8+ adds SCHIB and CRW (spec §0.3). */
    public int deviceRegionCount() {
        return this == SEED_5_2 ? 1 : 3;
    }

    /** IRQ indexes: IO only in 5.2; IO, CRW, REQ from 5.11 (spec §2.2). */
    public int irqCount() {
        return this == SEED_5_2 ? 1 : 3;
    }

    /** errno of an mdev create when no instance is left: EPERM on 5.x, EUSERS from 6.1 (spec §1.4, E-04). */
    public int noInstanceLeftErrno() {
        return this == SEED_5_2 ? 1 : 87;
    }
}
