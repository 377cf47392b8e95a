package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.abi.channel.SubchannelId;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists what the host offers for vfio-ccw, following spec §1.9: I/O subchannels with their binding,
 * paths and ccw device or mdev type; vfio-ccw mdevs, created and defined-only; channel paths. Read-only
 * and stateless: every call reads sysfs afresh. A bad file never fails the listing; it becomes a
 * {@link SysfsProblem} on the item it belongs to (or on the inventory when it belongs to none).
 */
public final class SysfsDiscovery {

    private final HostPaths paths;
    private final SubchannelScanner subchannels;
    private final MdevScanner mdevs;
    private final ChannelPathScanner channelPaths;

    public SysfsDiscovery(HostPaths paths) {
        this.paths = paths;
        SysfsReader reader = new SysfsReader();
        this.subchannels = new SubchannelScanner(paths, reader);
        this.mdevs = new MdevScanner(paths, reader);
        this.channelPaths = new ChannelPathScanner(paths, reader);
    }

    public HostInventory scan() {
        List<SysfsProblem> general = new ArrayList<>();
        List<SubchannelInfo> schs = subchannels.scan(general);
        List<MdevInfo> mds = mdevs.scan(general);
        List<ChannelPathInfo> chps = channelPaths.scan(general);
        return new HostInventory(schs, mds, chps, general);
    }

    /** One subchannel, empty when it does not exist or is not an I/O subchannel. */
    public Optional<SubchannelInfo> subchannel(SubchannelId schid) {
        if (!Files.isDirectory(paths.subchannel(schid))) {
            return Optional.empty();
        }
        return Optional.ofNullable(subchannels.read(schid));
    }

    /** One channel path as {@link #scan()} would report it, empty when it does not exist. */
    public Optional<ChannelPathInfo> channelPath(int cssid, int chpid) {
        if (!Files.isDirectory(paths.channelPath(cssid, chpid))) {
            return Optional.empty();
        }
        return Optional.of(channelPaths.read(cssid, chpid));
    }
}
