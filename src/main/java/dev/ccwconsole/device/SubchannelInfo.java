package dev.ccwconsole.device;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One css I/O subchannel as sysfs shows it (spec §1.1, §1.2).
 *
 * @param schid          bus id {@code 0.0.0100}
 * @param driver         bound driver ({@code vfio_ccw}, {@code io_subchannel}), empty when unbound
 * @param driverOverride {@code driver_override}, empty when unset ({@code (null)})
 * @param chpids         8 CHPIDs as printed by {@code chpids} (0 where the path-mask bit is off)
 * @param devBusId       {@code dev_busid}, e.g. {@code 0.0.5000}; empty for {@code none}
 * @param cuType         the ccw child's {@code cutype} ({@code 3990/e9}), only while it exists
 * @param devType        the ccw child's {@code devtype} ({@code 3390/0c}), only while it exists
 * @param mdevs          UUIDs of the mdevs created on it
 * @param problems       attributes that could not be read or parsed, each naming the file and content
 */
public record SubchannelInfo(String schid, Optional<String> driver, Optional<String> driverOverride,
        List<Integer> chpids, int pim, int pam, int pom, Optional<String> devBusId, Optional<String> cuType,
        Optional<String> devType, List<UUID> mdevs, List<String> problems) {

    public SubchannelInfo {
        chpids = List.copyOf(chpids);
        mdevs = List.copyOf(mdevs);
        problems = List.copyOf(problems);
    }

    public boolean boundToVfioCcw() {
        return driver.filter("vfio_ccw"::equals).isPresent();
    }
}
