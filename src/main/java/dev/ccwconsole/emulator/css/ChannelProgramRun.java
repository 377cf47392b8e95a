package dev.ccwconsole.emulator.css;

import dev.ccwconsole.abi.channel.Ccw;
import dev.ccwconsole.abi.channel.CcwFlag;
import dev.ccwconsole.abi.channel.CommandClass;
import dev.ccwconsole.abi.channel.IdawFormat;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.abi.channel.OrbFlag;
import dev.ccwconsole.abi.channel.SubchannelStatus;
import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceModel;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.UnitStatus;

/**
 * Executes a command-mode channel program one command at a time, as spec §9.2 describes it (fetch, TIC, data
 * chaining, the device's answer, incorrect length, PCI, chaining decision, ending status). Not thread-safe: the
 * owning subchannel calls it under its lock.
 */
final class ChannelProgramRun {

    private static final int PROGRAM_CHECK = SubchannelStatus.PROGRAM_CHECK.mask();
    private static final int INCORRECT_LENGTH = SubchannelStatus.IL.mask();

    private final Orb orb;
    private final boolean format1;
    private final ChannelMemory memory;
    private final DeviceModel device;
    private final boolean concurrentSense;
    private final IdawFormat idawFormat;
    private int nextCcw;
    private int previousCode = -1;
    private boolean started;

    ChannelProgramRun(Orb orb, boolean format1, ChannelMemory memory, DeviceModel device, boolean concurrentSense) {
        this.orb = orb;
        this.format1 = format1;
        this.memory = memory;
        this.device = device;
        this.concurrentSense = concurrentSense;
        this.idawFormat = orb.idawFormat();
        this.nextCcw = orb.channelProgramAddress();
    }

    /** Address of the CCW the program will fetch next (the SCSW CCW address while it is active). */
    int nextCcwAddress() {
        return nextCcw;
    }

    ProgramStep step() {
        if (!started) {
            started = true;
            device.beginChannelProgram();
        }
        boolean afterTic = false;
        Ccw ccw;
        int ccwAddress;
        while (true) {
            ccwAddress = nextCcw;
            if ((ccwAddress & 7) != 0) {
                return ProgramStep.programCheck(ccwAddress + 8, PROGRAM_CHECK);
            }
            ccw = fetch(ccwAddress);
            if (ccw == null) {
                return ProgramStep.programCheck(ccwAddress + 8, PROGRAM_CHECK);
            }
            nextCcw = ccwAddress + 8;
            if (!ccw.isTic()) {
                break;
            }
            // spec §5.3: TIC to TIC and a format-1 TIC with flags or count are program checks
            if (afterTic || (format1 && (ccw.flags() != 0 || ccw.count() != 0))) {
                return ProgramStep.programCheck(ccwAddress + 8, PROGRAM_CHECK);
            }
            afterTic = true;
            nextCcw = (int) ccw.dataAddress();
        }
        CommandClass cls = ccw.commandClass();
        if (cls == CommandClass.INVALID || (!format1 && ccw.count() == 0)) {
            return ProgramStep.programCheck(ccwAddress + 8, PROGRAM_CHECK);
        }
        DataAreas areas = new DataAreas();
        int status = areas.add(ccwAddress, ccw, idawFormat, memory);
        boolean pci = ccw.has(CcwFlag.PCI);
        Ccw link = ccw;
        while (status == ChannelMemory.OK && link.has(CcwFlag.CD)) {
            int linkAddress = nextCcw;
            link = fetch(linkAddress);
            if (link == null) {
                return ProgramStep.programCheck(linkAddress + 8, PROGRAM_CHECK);
            }
            nextCcw = linkAddress + 8;
            pci |= link.has(CcwFlag.PCI);
            status = areas.add(linkAddress, link, idawFormat, memory);
        }
        if (status != ChannelMemory.OK) {
            return ProgramStep.programCheck(nextCcw, status);
        }
        return execute(ccw, cls, areas, pci);
    }

    private ProgramStep execute(Ccw first, CommandClass cls, DataAreas areas, boolean pci) {
        int count = areas.totalCount();
        byte[] output = new byte[0];
        if (cls == CommandClass.WRITE || cls == CommandClass.CONTROL) {
            output = new byte[count];
            int status = areas.gather(output, memory);
            if (status != ChannelMemory.OK) {
                return ProgramStep.programCheck(areas.last().ccwAddress() + 8, status);
            }
        }
        DeviceResponse response = device.execute(
                new DeviceCommand(first.command(), count, output, previousCode >= 0, previousCode));
        previousCode = first.command();
        int transferred = response.input().length > 0 ? response.input().length : response.consumed();
        int channelStatus = 0;
        if (response.input().length > 0) {
            channelStatus = areas.scatter(response.input(), cls == CommandClass.READ_BACKWARD, memory);
        }
        int[] end = areas.endOfTransfer(transferred);
        DataAreas.CcwArea lastArea = areas.areas().get(end[0]);
        int residual = end[1];
        Ccw last = lastArea.ccw();
        int unit = response.unitStatus();
        if (channelStatus == 0 && incorrectLength(cls, last, count, residual, response)) {
            channelStatus = INCORRECT_LENGTH;
        }
        int ccwAddress = lastArea.ccwAddress() + 8;
        boolean statusModifier = (unit & UnitStatus.STATUS_MODIFIER) != 0;
        boolean normal = (unit & ~UnitStatus.STATUS_MODIFIER) == UnitStatus.CE_DE;
        boolean chain = last.has(CcwFlag.CC);
        if (channelStatus == 0 && normal && chain) {
            nextCcw = ccwAddress + (statusModifier ? 8 : 0);
            return ProgramStep.continuing(pci, nextCcw, transferred);
        }
        byte[] sense = null;
        if ((unit & UnitStatus.UNIT_CHECK) != 0 && concurrentSense) {
            sense = device.sense();
            device.clearSense();
        }
        int finalAddress = ccwAddress + (statusModifier && normal ? 8 : 0);
        return new ProgramStep(true, false, finalAddress, unit, channelStatus, residual, sense, transferred);
    }

    /** spec §9.2 step 5: incorrect length, with the immediate-command and ILS rules. */
    private boolean incorrectLength(CommandClass cls, Ccw last, int count, int residual, DeviceResponse r) {
        if (last.has(CcwFlag.SLI)) {
            return false;
        }
        boolean immediate = cls == CommandClass.CONTROL && r.consumed() == 0;
        if (immediate) {
            if (count == 0 || !format1) {
                return false;
            }
            return !orb.has(OrbFlag.INCORRECT_LENGTH_SUPPRESSION);
        }
        return residual != 0 || (r.moreData() && !last.has(CcwFlag.CD));
    }

    private Ccw fetch(int address) {
        byte[] raw = new byte[Ccw.SIZE];
        if (memory.read(address, raw, 0, Ccw.SIZE) != ChannelMemory.OK) {
            return null;
        }
        return format1 ? Ccw.decodeFormat1Unchecked(raw, 0) : Ccw.decodeFormat0Unchecked(raw, 0)
                .convertedFromFormat0();
    }
}
