package dev.ccwconsole.device;

import java.util.List;
import java.util.Optional;

/**
 * A channel path {@code /sys/devices/css0/chp0.xx} (spec §1.7).
 *
 * @param online      {@code status}: the logical vary state
 * @param configure   {@code configure}: 0 standby, 1 configured, 2 reserved, 3 not recognized
 * @param type        the channel-path type byte
 * @param subchannels bus ids of the subchannels whose PMCW names this CHPID
 */
public record ChannelPathInfo(int chpid, boolean online, int configure, int type, Optional<Integer> shared,
        List<String> subchannels) {

    public ChannelPathInfo {
        subchannels = List.copyOf(subchannels);
    }

    public boolean configured() {
        return configure == 1;
    }
}
