package dev.ccwconsole.nativ;

/** Which VFIO path {@link NativeHost#open} takes to the device. */
public enum VfioAccess {
    /** Container {@code /dev/vfio/vfio} + group {@code /dev/vfio/<N>} (spec §2.3): every kernel; the default. */
    GROUP,
    /**
     * Device cdev {@code /dev/vfio/devices/vfio<M>} + iommufd {@code /dev/iommu} (spec §2.4, 6.6+) when
     * {@code /dev/vfio/devices} exists and the mdev has {@code vfio-dev/vfio<M>}; the group path otherwise.
     */
    CDEV_WHEN_AVAILABLE
}
