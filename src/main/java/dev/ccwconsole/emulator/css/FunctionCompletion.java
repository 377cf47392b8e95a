package dev.ccwconsole.emulator.css;

import dev.ccwconsole.abi.channel.ActivityControl;
import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.channel.ScswFlag;
import dev.ccwconsole.abi.channel.StatusControl;
import dev.ccwconsole.emulator.device.UnitStatus;

/**
 * The SCSW a completed halt or clear function leaves, per personality (spec §7.3): pure functions of the SCSW at
 * completion time, so the two documented behaviours sit side by side.
 */
final class FunctionCompletion {

    private static final int FC_START = FunctionControl.START.mask();
    private static final int FC_HALT = FunctionControl.HALT.mask();
    private static final int FC_CLEAR = FunctionControl.CLEAR.mask();
    private static final int AC_ACTIVE = ActivityControl.SUBCHANNEL_ACTIVE.mask() | ActivityControl.DEVICE_ACTIVE.mask();
    private static final int SC_PENDING = StatusControl.STATUS_PENDING.mask();
    private static final int SC_FINAL = StatusControl.PRIMARY.mask() | StatusControl.SECONDARY.mask() | SC_PENDING;

    private FunctionCompletion() {
    }

    /**
     * @param scsw        the SCSW when the halt completes (FC halt, AC halt pending already set by HSCH)
     * @param nextCcw     where the terminated program would have fetched next (the CCW address to report)
     */
    static Scsw halted(Scsw scsw, int nextCcw, HaltClearPersonality personality) {
        boolean active = (scsw.activityControl() & AC_ACTIVE) != 0;
        if (personality == HaltClearPersonality.QEMU) {
            // QEMU clears only AC halt pending; device end when active, or when nothing was pending or suspended
            int pendingOrSuspended = scsw.activityControl()
                    & (ActivityControl.START_PENDING.mask() | ActivityControl.SUSPENDED.mask());
            int ac = scsw.activityControl() & ~ActivityControl.HALT_PENDING.mask();
            int dstat = active || pendingOrSuspended == 0 ? UnitStatus.DEVICE_END : 0;
            return new Scsw(scsw.key(), scsw.flags(), 0, FC_HALT, ac, scsw.statusControl() | SC_PENDING,
                    active ? nextCcw : scsw.ccwAddress(), dstat, 0, 0);
        }
        if ((scsw.functionControl() & FC_START) != 0) {
            // a started program is terminated: the device presents its ending status (Hercules)
            return new Scsw(scsw.key(), scsw.flags(), 0, FC_START | FC_HALT, 0, SC_FINAL, nextCcw, UnitStatus.CE_DE,
                    0, 0);
        }
        return new Scsw(scsw.key(), scsw.flags(), 0, FC_HALT, 0, SC_PENDING, scsw.ccwAddress(), 0, 0, 0);
    }

    static Scsw cleared(Scsw scsw, HaltClearPersonality personality) {
        if (personality == HaltClearPersonality.QEMU) {
            // QEMU keeps the key/flags halfword (except N), the CCW address and the count
            int flags = scsw.flags() & ~ScswFlag.PATH_NOT_OPERATIONAL.mask();
            return new Scsw(scsw.key(), flags, scsw.deferredCc(), FC_CLEAR, 0, scsw.statusControl() | SC_PENDING,
                    scsw.ccwAddress(), 0, 0, scsw.residualCount());
        }
        return new Scsw(0, 0, 0, FC_CLEAR, 0, SC_PENDING, 0, 0, 0, 0);
    }
}
