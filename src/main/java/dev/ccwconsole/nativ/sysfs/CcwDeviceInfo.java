package dev.ccwconsole.nativ.sysfs;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.ccwconsole.abi.channel.DeviceNumber;
/**
 * The ccw device child of a subchannel, present only while the subchannel is bound to {@code io_subchannel}
 * (spec §1.2). {@code devType} is null for {@code n/a}; a field that could not be read is null and explained
 * in the subchannel's problems.
 */
public record CcwDeviceInfo(@JsonSerialize(using = ToStringSerializer.class) DeviceNumber busId, UnitType cuType, UnitType devType, Boolean online) {
}
