package dev.ccwconsole.nativ.sysfs;

import java.util.List;

/**
 * Everything discovery found: I/O subchannels sorted by id, vfio-ccw mdevs (created and only defined) sorted
 * by parent then UUID, channel paths sorted by css and CHPID, and {@code problems} that belong to no single
 * item (an unparseable directory name, an unreadable directory).
 */
public record HostInventory(List<SubchannelInfo> subchannels, List<MdevInfo> mdevs,
        List<ChannelPathInfo> channelPaths, List<SysfsProblem> problems) {

    public HostInventory {
        subchannels = List.copyOf(subchannels);
        mdevs = List.copyOf(mdevs);
        channelPaths = List.copyOf(channelPaths);
        problems = List.copyOf(problems);
    }
}
