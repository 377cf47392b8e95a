package dev.ccwconsole.emulator;

import dev.ccwconsole.device.DeviceException;
import dev.ccwconsole.device.EmulatorControls;
import dev.ccwconsole.device.Fault;
import dev.ccwconsole.device.ServiceTime;
import dev.ccwconsole.emulator.device.OperatorConsole;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.util.List;

/** The emulator-only controls: device latency, injected faults and 3270 keystrokes. */
final class EmulatorFaults implements EmulatorControls {

    private final EmulatedHost host;

    EmulatorFaults(EmulatedHost host) {
        this.host = host;
    }

    private HostSubchannel require(String schid) {
        return host.find(schid).orElseThrow(() -> new DeviceException("emulator", schid, 19, "no such subchannel"));
    }

    @Override
    public void setLatency(String schid, ServiceTime serviceTime) {
        require(schid).hardware.setServiceTime(serviceTime);
    }

    @Override
    public ServiceTime latency(String schid) {
        return require(schid).hardware.serviceTime();
    }

    @Override
    public void injectFault(String schid, Fault fault) {
        HostSubchannel hs = require(schid);
        switch (fault.kind()) {
            case NOT_OPERATIONAL -> hs.hardware.setNotOperational(true);
            case UNIT_CHECK -> {
                for (int i = 0; i < fault.count(); i++) {
                    hs.hardware.device().injectUnitCheck(fault.sense());
                }
            }
            case BUSY -> hs.hardware.injectBusy(fault.count());
            case ATTENTION -> host.scope().syscall(() -> {
                hs.hardware.presentUnsolicited(UnitStatus.ATTENTION);
                return null;
            });
            case REMOVE -> {
                if (hs.mdev == null) {
                    throw new DeviceException("emulator", schid, 19, "no mdev to remove");
                }
                Thread remover = new Thread(() -> host.removeMdev(hs.mdev), "ccw-emulator-remove-" + schid);
                remover.setDaemon(true);
                remover.start();
            }
        }
    }

    @Override
    public void clearFaults(String schid) {
        HostSubchannel hs = require(schid);
        hs.hardware.setNotOperational(false);
        hs.hardware.injectBusy(-hs.hardware.pendingBusy());
    }

    @Override
    public void pressKey(String schid, int aid, String text) {
        HostSubchannel hs = require(schid);
        if (!(hs.hardware.device() instanceof OperatorConsole console)) {
            throw new DeviceException("emulator", schid, 22, "not a display: no keyboard");
        }
        boolean accepted = host.scope().syscall(() -> console.pressKey(aid, text));
        if (!accepted) {
            throw new DeviceException("emulator", schid, 16,
                    "keyboard locked (the host has not read the last input) or the cursor is in a protected field");
        }
    }

    @Override
    public List<String> screen(String schid) {
        HostSubchannel hs = require(schid);
        return hs.hardware.device() instanceof OperatorConsole console ? console.screenLines() : List.of();
    }
}
