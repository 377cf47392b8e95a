package dev.ccwconsole.device;

/** {@code mdev_supported_types/vfio_ccw-io} of one parent subchannel (spec §1.4). */
public record MdevTypeInfo(String parent, String typeId, String name, String deviceApi, int availableInstances) {
}
