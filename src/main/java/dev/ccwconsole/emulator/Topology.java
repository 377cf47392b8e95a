package dev.ccwconsole.emulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the emulated host has: channel paths, and subchannels with their device, paths, driver and mdev.
 *
 * @param volumeSerials not used by the host itself; device specs carry their own options
 */
public record Topology(List<ChannelPathSpec> channelPaths, List<SubchannelSpec> subchannels) {

    public Topology {
        channelPaths = List.copyOf(channelPaths);
        subchannels = List.copyOf(subchannels);
    }

    /** A channel path: CHPID and its type byte (sysfs {@code type}; the value-to-technology mapping is [U]). */
    public record ChannelPathSpec(int chpid, int type) {
    }

    /**
     * One subchannel of css 0, subchannel set 0.
     *
     * @param device  device spec as {@code DeviceModels} understands it, e.g. {@code 3390-9}
     * @param options device options such as {@code volser=LNX001} or {@code image=/path}
     * @param chpids  the paths, in PMCW slot order (slot 0 first); at most 8
     * @param driver  {@code vfio_ccw} or {@code io_subchannel}
     * @param mdev    the mdev created at start, if any (only with vfio_ccw)
     */
    public record SubchannelSpec(int schno, int devno, String device, Map<String, String> options,
            List<Integer> chpids, String driver, Optional<UUID> mdev) {

        public SubchannelSpec {
            options = Map.copyOf(options);
            chpids = List.copyOf(chpids);
        }

        public String schid() {
            return String.format("0.0.%04x", schno);
        }
    }
}
