package dev.ccwconsole.nativ.sysfs;

import java.util.List;

/**
 * A channel path {@code /sys/devices/css<N>/chp<N>.<xx>} (spec §1.7). {@code shared} and {@code cmg} are
 * null for {@code unknown}, {@code chid} null when the kernel prints nothing; fields that could not be read
 * are null and explained in {@code problems}.
 */
public record ChannelPathInfo(int cssid, int chpid, ChpStatus status, ChpConfigure configure, Integer type,
        Integer shared, Integer cmg, Integer chid, List<SysfsProblem> problems) {

    public ChannelPathInfo {
        problems = List.copyOf(problems);
    }
}
