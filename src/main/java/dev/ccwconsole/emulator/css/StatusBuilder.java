package dev.ccwconsole.emulator.css;

import dev.ccwconsole.abi.channel.Erw;
import dev.ccwconsole.abi.channel.ErwFlag;
import dev.ccwconsole.abi.channel.Esw;
import dev.ccwconsole.abi.channel.EswFormat0;
import dev.ccwconsole.abi.channel.EswFormat1To3;
import dev.ccwconsole.abi.channel.Irb;
import dev.ccwconsole.abi.channel.Scsw;
import dev.ccwconsole.abi.channel.ScswFlag;
import dev.ccwconsole.abi.channel.SubchannelLogout;
import dev.ccwconsole.abi.channel.SubchannelStatus;

/** Builds the IRBs the emulated subchannel presents: ESW format and concurrent sense per spec §5.5, §9.2 step 7. */
final class StatusBuilder {

    /** Channel-data, channel-control and interface-control checks are reported with ESW format 0 (spec §5.5). */
    private static final int FORMAT0_CHECKS = SubchannelStatus.CHANNEL_DATA_CHECK.mask()
            | SubchannelStatus.CHANNEL_CONTROL_CHECK.mask() | SubchannelStatus.INTERFACE_CONTROL_CHECK.mask();

    private static final byte[] ZERO_EMW = new byte[Irb.EMW_SIZE];

    private StatusBuilder() {
    }

    static Irb irb(Scsw scsw, int lpum, byte[] sense) {
        byte[] ecw = new byte[Irb.ECW_SIZE];
        Erw erw = Erw.NONE;
        int flags = scsw.flags();
        if (sense != null && sense.length > 0) {
            int n = Math.min(sense.length, Irb.ECW_SIZE);
            System.arraycopy(sense, 0, ecw, 0, n);
            erw = new Erw(ErwFlag.S.mask(), n);
            flags |= ScswFlag.EXTENDED_CONTROL.mask();
        }
        Esw esw;
        if ((scsw.subchannelStatus() & FORMAT0_CHECKS) != 0) {
            flags |= ScswFlag.ESW_FORMAT0.mask();
            esw = new EswFormat0(new SubchannelLogout(0, lpum, false, 0, 0, 1, false, false, true, 0), erw, 0, 0);
        } else {
            esw = new EswFormat1To3(lpum, 0, erw);
        }
        Scsw withFlags = new Scsw(scsw.key(), flags, scsw.deferredCc(), scsw.functionControl(),
                scsw.activityControl(), scsw.statusControl(), scsw.ccwAddress(), scsw.deviceStatus(),
                scsw.subchannelStatus(), scsw.residualCount());
        return new Irb(withFlags, esw, ecw, ZERO_EMW); // the IRB keeps a copy, so one zero EMW serves all
    }
}
