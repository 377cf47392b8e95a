package dev.ccwconsole.nativ.sysfs;

import java.util.List;
import java.util.UUID;

/**
 * {@code mdev_supported_types/vfio_ccw-io} of a subchannel bound to vfio_ccw (spec §1.4): the type's
 * {@code name}, {@code device_api}, {@code available_instances} and the UUIDs listed in {@code devices/}.
 */
public record MdevTypeInfo(String id, String name, String deviceApi, Integer availableInstances,
        List<UUID> devices) {

    public MdevTypeInfo {
        devices = List.copyOf(devices);
    }
}
