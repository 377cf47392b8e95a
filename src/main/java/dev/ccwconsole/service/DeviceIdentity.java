package dev.ccwconsole.service;

/**
 * Control-unit and device type as {@code 3990/e9} and {@code 3390/0c}, and where they come from: {@code sysfs} (the
 * ccw child, spec §1.2), {@code sense-id} (issued through vfio-ccw because the ccw child is gone) or {@code unknown}.
 */
public record DeviceIdentity(String cuType, String devType, String source) {

    public static final DeviceIdentity UNKNOWN = new DeviceIdentity(null, null, "unknown");
}
