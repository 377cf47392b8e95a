package dev.ccwconsole.emulator;

import dev.ccwconsole.emulator.css.HaltClearPersonality;
import dev.ccwconsole.fsm.Profile;

/**
 * How the emulated kernel and channel subsystem behave.
 *
 * @param profile               kernel personality (spec §4.2 seed 5.2, §4.3 mainline 6.x)
 * @param asyncRegion           whether the async command region exists (false mimics a kernel before 5.2, where
 *                              QEMU emulates halt/clear itself, spec §7.1)
 * @param haltClear             how halt and clear complete (spec §7.3)
 * @param interruptCopyNanos    how long the interrupt bottom half holds the I/O mutex while copying the IRB: a
 *                              window in which region writes get -EAGAIN (spec §4.4); 0 for fast tests
 */
public record EmulatorOptions(Profile profile, boolean asyncRegion, HaltClearPersonality haltClear,
        long interruptCopyNanos) {

    public static EmulatorOptions defaults() {
        return new EmulatorOptions(Profile.MAINLINE_6, true, HaltClearPersonality.POP, 0);
    }

    public EmulatorOptions withProfile(Profile p) {
        return new EmulatorOptions(p, asyncRegion, haltClear, interruptCopyNanos);
    }

    public EmulatorOptions withAsyncRegion(boolean present) {
        return new EmulatorOptions(profile, present, haltClear, interruptCopyNanos);
    }

    public EmulatorOptions withHaltClear(HaltClearPersonality h) {
        return new EmulatorOptions(profile, asyncRegion, h, interruptCopyNanos);
    }

    public EmulatorOptions withInterruptCopyNanos(long nanos) {
        return new EmulatorOptions(profile, asyncRegion, haltClear, nanos);
    }
}
