package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.OrbFlag;
import dev.ccwconsole.abi.region.AsyncCommand;
import dev.ccwconsole.abi.region.IoRegion;
import dev.ccwconsole.fsm.Handlers;
import dev.ccwconsole.fsm.IoRequestOutcome;
import java.util.Arrays;

/**
 * The run-time FSM handlers of the emulated driver ({@code vfio_ccw_fsm.c}): START translation and issue,
 * HSCH/CSCH, the interrupt top half, open and close. Called by the {@link dev.ccwconsole.fsm.StateMachine}
 * under its lock, with the I/O mutex held for the region requests.
 */
final class FsmActions implements Handlers {

    private static final int FC_MASK = 0x7000;

    private final VfioCcwDriver driver;

    FsmActions(VfioCcwDriver driver) {
        this.driver = driver;
    }

    @Override
    public IoRequestOutcome ioRequest() {
        byte[] io = driver.buffers.io;
        int scswWord0 = RegionBuffers.getInt(io, IoRegion.SCSW_OFFSET);
        int fc = scswWord0 & FC_MASK;
        if ((fc & FunctionControl.START.mask()) != 0) {
            return start(Orb.decode(Arrays.copyOfRange(io, IoRegion.ORB_OFFSET, IoRegion.ORB_OFFSET + Orb.SIZE)));
        }
        if (fc != 0) {
            return IoRequestOutcome.failed(Errno.EOPNOTSUPP.retCode()); // halt/clear must use the async region
        }
        return IoRequestOutcome.failed(driver.buffers.ioRetCode()); // no function: ret_code stays (E-24)
    }

    private IoRequestOutcome start(Orb orb) {
        if (orb.transportMode()) {
            return IoRequestOutcome.failed(Errno.EOPNOTSUPP.retCode());
        }
        if (driver.options.profile().requiresPrefetch() && !orb.prefetch()) {
            return IoRequestOutcome.failed(Errno.EOPNOTSUPP.retCode());
        }
        if (driver.held != null) {
            return IoRequestOutcome.failed(Errno.EBUSY.retCode()); // cp_init on a held program (spec §6.1)
        }
        EmulatedIommu iommu = driver.iommu();
        ProgramTranslation.Result translated = ProgramTranslation.translate(orb, iommu, driver.options.profile());
        if (translated.retCode() != 0) {
            return IoRequestOutcome.failed(translated.retCode());
        }
        HeldProgram program = translated.program();
        Orb hardwareOrb = hardwareOrb(orb);
        int cc = driver.subchannel.ssch(hardwareOrb, orb.format1(), new PinnedMemory(iommu));
        switch (cc) {
            case 0:
                driver.held = program;
                return IoRequestOutcome.startedOk();
            case 1:
            case 2:
                program.free();
                return IoRequestOutcome.failed(Errno.EBUSY.retCode());
            default:
                program.free();
                return IoRequestOutcome.failed(notOperational(hardwareOrb.lpm()));
        }
    }

    /** {@code cp_get_orb} (spec §5.2): what vfio-ccw sends to the hardware instead of the caller's ORB. */
    private Orb hardwareOrb(Orb orb) {
        Orb hw = orb.withIntparm(driver.hostIntparm).withFlag(OrbFlag.FORMAT1, true);
        if (!driver.options.profile().passesOrbKey()) {
            hw = hw.withKey(0);
        }
        if (hw.lpm() == 0) {
            hw = hw.withLpm(driver.hostPathMask());
        }
        return hw;
    }

    /** SSCH cc 3: drop the ORB's paths from the host mask, re-read the SCHIB (spec §3.2, E-50). */
    private int notOperational(int lpm) {
        driver.removeHostPaths(lpm == 0 ? 0xFF : lpm);
        if (driver.subchannel.stsch().isEmpty()) {
            return Errno.ENODEV.retCode();
        }
        return driver.hostPathMask() != 0 ? Errno.EACCES.retCode() : Errno.ENODEV.retCode();
    }

    @Override
    public int asyncRequest() {
        int command = driver.buffers.asyncCommand();
        if (command == AsyncCommand.HSCH.value()) {
            int cc = driver.subchannel.hsch();
            return switch (cc) {
                case 0 -> 0;
                case 1, 2 -> Errno.EBUSY.retCode();
                default -> Errno.ENODEV.retCode();
            };
        }
        if (command == AsyncCommand.CSCH.value()) {
            int cc = driver.subchannel.csch();
            return cc == 3 ? Errno.ENODEV.retCode() : cc;
        }
        return Errno.EINVAL.retCode();
    }

    @Override
    public void irq() {
        driver.interrupts.topHalf();
    }

    @Override
    public boolean open() {
        return driver.subchannel.enable(driver.hostIntparm, 3) == 0;
    }

    @Override
    public boolean close() {
        if (!driver.subchannel.enabled()) {
            return false;
        }
        if (driver.subchannel.disable() != 0) {
            driver.quiesce();
        }
        driver.freeProgram();
        return true;
    }

    @Override
    public void notOperational() {
        driver.freeProgram();
    }

    @Override
    public void disabledInterrupt() {
        driver.subchannel.disable();
    }
}
