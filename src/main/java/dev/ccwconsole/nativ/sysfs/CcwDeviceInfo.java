package dev.ccwconsole.nativ.sysfs;

/**
 * The ccw device child of a subchannel, present only while the subchannel is bound to {@code io_subchannel}
 * (spec §1.2). {@code devType} is null for {@code n/a}; a field that could not be read is null and explained
 * in the subchannel's problems.
 */
public record CcwDeviceInfo(DeviceBusId busId, UnitType cuType, UnitType devType, Boolean online) {
}
