package dev.ccwconsole.emulator.css;

/**
 * How halt and clear complete (spec §7.3, open question 2). Both are documented implementations; real hardware
 * is [U] here.
 */
public enum HaltClearPersonality {
    /**
     * Principles-of-Operation-like (Hercules): a halted active program keeps FC start and adds halt, the device
     * presents its ending status (CE DE) with primary + secondary status; clear leaves FC clear, SC status
     * pending and zeroes the rest of the SCSW. The spec's recommended default.
     */
    POP,
    /**
     * QEMU's own emulation: FC halt only, active AC bits left as they were, SC status pending, device end;
     * clear keeps the key/flags halfword, CCW address and count and zeroes only the statuses.
     */
    QEMU
}
