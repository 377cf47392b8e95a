package dev.ccwconsole.service;

import dev.ccwconsole.abi.channel.DeviceStatus;
import dev.ccwconsole.abi.channel.EswFormat1To3;
import dev.ccwconsole.abi.channel.FunctionControl;
import dev.ccwconsole.abi.channel.Irb;
import dev.ccwconsole.abi.channel.ScswFlag;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.channel.StatusControl;
import dev.ccwconsole.abi.region.AsyncCommand;
import java.util.Optional;

/**
 * What QEMU does when the async command region is absent (spec §7.1, §7.3): it performs halt or clear on its own copy
 * of the subchannel and the host device is not touched. The service does the same and reports the resulting status
 * as a synthesised interrupt. Halt: FC halt, status pending, device end, CCW address = the program's CCW + 8 (the
 * service cannot know how far the device got, so it names the first CCW), LPUM 0x80. Clear: FC clear, status pending,
 * zero status, CCW address and count 0, LPUM 0x80.
 */
final class HaltClearEmulation {

    private static final int LPUM_FIRST_PATH = 0x80;

    private HaltClearEmulation() {
    }

    static IrqRecord synthesize(AsyncCommand command, Optional<InFlightOperation> running) {
        Scsw.Builder b = Scsw.builder().flag(ScswFlag.FORMAT1, true).statusControl(StatusControl.STATUS_PENDING);
        if (command == AsyncCommand.HSCH) {
            b.functionControl(FunctionControl.HALT).deviceStatus(DeviceStatus.DE);
            running.ifPresent(op -> b.ccwAddress(op.layout.orb().channelProgramAddress() + 8));
        } else {
            b.functionControl(FunctionControl.CLEAR);
        }
        Irb irb = Irb.of(b.build(), EswFormat1To3.ofLpum(LPUM_FIRST_PATH));
        return new IrqRecord(Optional.of(irb), irb.encode(), running.map(op -> op.id), true, Optional.empty());
    }
}
