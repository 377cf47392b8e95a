package dev.ccwconsole.nativ;

import java.util.Locale;

/** Which VFIO path {@link NativeHost#open} takes to the device. */
public enum VfioAccess {
    /** Container {@code /dev/vfio/vfio} + group {@code /dev/vfio/<N>} (spec §2.3): every kernel; the default. */
    GROUP,
    /**
     * Device cdev {@code /dev/vfio/devices/vfio<M>} + iommufd {@code /dev/iommu} (spec §2.4, 6.6+) when
     * {@code /dev/vfio/devices} exists and the mdev has {@code vfio-dev/vfio<M>}; the group path otherwise.
     */
    CDEV_WHEN_AVAILABLE;

    /** The configuration's word for it ({@code ccw.native.vfio-access}): {@code group} or {@code cdev}. */
    public static VfioAccess fromSetting(String setting) {
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "group" -> GROUP;
            case "cdev" -> CDEV_WHEN_AVAILABLE;
            default -> throw new IllegalArgumentException(
                    "ccw.native.vfio-access must be 'group' or 'cdev', got '" + setting + "'");
        };
    }
}
