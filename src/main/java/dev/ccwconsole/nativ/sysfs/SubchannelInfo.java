package dev.ccwconsole.nativ.sysfs;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.ccwconsole.abi.channel.DeviceNumber;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.util.List;

/**
 * One I/O subchannel from {@code /sys/bus/css/devices} (spec §1.1, §1.9). {@code driver} is null when
 * unbound; {@code driverOverride} null when unset ({@code (null)}) or not supported; {@code devBusId} null
 * for {@code none} or on kernels without the file; {@code ccwDevice} only while bound to
 * {@code io_subchannel}; {@code mdevType} only while bound to {@code vfio_ccw}. Unreadable or malformed
 * fields are null and listed in {@code problems}.
 */
public record SubchannelInfo(@JsonSerialize(using = ToStringSerializer.class) SubchannelId schid, Integer type, String driver, String driverOverride,
        List<Integer> chpids, PathMasks pathMasks, @JsonSerialize(using = ToStringSerializer.class) DeviceNumber devBusId, CcwDeviceInfo ccwDevice,
        MdevTypeInfo mdevType, List<SysfsProblem> problems) {

    public SubchannelInfo {
        problems = List.copyOf(problems);
    }
}
