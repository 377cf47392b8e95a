package dev.ccwconsole.nativ.sysfs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The channel paths {@code /sys/devices/css<N>/chp<N>.<xx>} (spec §1.7). {@code status}, {@code configure}
 * and {@code type} are required; {@code shared}, {@code cmg} and {@code chid} are optional (absent on some
 * kernels and machine configurations).
 */
final class ChannelPathScanner {

    private static final Pattern CSS_DIR = Pattern.compile("css([0-9a-f]{1,2})");
    private static final Pattern CHP_DIR = Pattern.compile("chp([0-9a-f]{1,2})\\.([0-9a-f]{2})");

    private final HostPaths paths;
    private final SysfsReader reader;

    ChannelPathScanner(HostPaths paths, SysfsReader reader) {
        this.paths = paths;
        this.reader = reader;
    }

    List<ChannelPathInfo> scan(List<SysfsProblem> general) {
        List<ChannelPathInfo> out = new ArrayList<>();
        try {
            for (String css : reader.list(paths.devices())) {
                if (CSS_DIR.matcher(css).matches()) {
                    for (String chp : reader.list(paths.devices().resolve(css))) {
                        Matcher m = CHP_DIR.matcher(chp);
                        if (m.matches()) {
                            out.add(read(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16)));
                        }
                    }
                }
            }
        } catch (SysfsReadException e) {
            general.add(new SysfsProblem(paths.display(e.path()), null, e.detail()));
        }
        out.sort(Comparator.comparingInt(ChannelPathInfo::cssid).thenComparingInt(ChannelPathInfo::chpid));
        return out;
    }

    ChannelPathInfo read(int cssid, int chpid) {
        Path dir = paths.channelPath(cssid, chpid);
        ItemReader r = new ItemReader(reader, paths);
        return new ChannelPathInfo(cssid, chpid,
                r.required(dir.resolve("status"), SysfsParsers::parseChpStatus),
                r.required(dir.resolve("configure"), SysfsParsers::parseChpConfigure),
                r.required(dir.resolve("type"), SysfsParsers::parseChpType),
                r.optional(dir.resolve("shared"), s -> SysfsParsers.parseShared(s).orElse(null)),
                r.optional(dir.resolve("cmg"), s -> SysfsParsers.parseCmg(s).orElse(null)),
                r.optional(dir.resolve("chid"), s -> SysfsParsers.parseChid(s).orElse(null)),
                r.problems());
    }
}
