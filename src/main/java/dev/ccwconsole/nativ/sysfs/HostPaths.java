package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.abi.channel.DeviceNumber;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * Every OS path the native backend touches, hung off one root (as mdevctl's {@code Environment::root()}):
 * {@code /} on a real host, a fixture tree in tests. Nothing in {@code nativ} builds an absolute path by
 * itself. {@link #display(Path)} turns a resolved path back into the host path for messages.
 */
public record HostPaths(Path root) {

    public static final String VFIO_CCW_DRIVER = "vfio_ccw";
    public static final String IO_SUBCHANNEL_DRIVER = "io_subchannel";
    /** The one mdev type of vfio-ccw: parent driver name + "-" + type name (spec §1.4). */
    public static final String VFIO_CCW_MDEV_TYPE = "vfio_ccw-io";

    public HostPaths {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** The real host: root {@code /}. */
    public static HostPaths system() {
        return new HostPaths(Path.of("/"));
    }

    public Path cssDevices() {
        return root.resolve("sys/bus/css/devices");
    }

    public Path subchannel(SubchannelId schid) {
        return cssDevices().resolve(schid.toString());
    }

    public Path cssDriver(String driver) {
        return root.resolve("sys/bus/css/drivers").resolve(driver);
    }

    /** Writing a bus-id here makes the kernel probe drivers for it again (used to give a device back). */
    public Path cssDriversProbe() {
        return root.resolve("sys/bus/css/drivers_probe");
    }

    public Path ccwDevice(DeviceNumber busId) {
        return root.resolve("sys/bus/ccw/devices").resolve(busId.toString());
    }

    /** {@code mdev_supported_types/vfio_ccw-io} of a subchannel bound to vfio_ccw (spec §1.4). */
    public Path mdevTypeDir(SubchannelId schid) {
        return subchannel(schid).resolve("mdev_supported_types").resolve(VFIO_CCW_MDEV_TYPE);
    }

    public Path mdevDevices() {
        return root.resolve("sys/bus/mdev/devices");
    }

    public Path mdev(UUID uuid) {
        return mdevDevices().resolve(uuid.toString());
    }

    /** {@code /sys/devices}, where the {@code css<N>} directories with the channel paths live (spec §1.7). */
    public Path devices() {
        return root.resolve("sys/devices");
    }

    /** {@code /sys/devices/css<cssid>/chp<cssid>.<chpid>}, name format {@code chp%x.%02x} (spec §1.7). */
    public Path channelPath(int cssid, int chpid) {
        return devices().resolve(String.format("css%x", cssid)).resolve(String.format("chp%x.%02x", cssid, chpid));
    }

    public Path vfioContainer() {
        return root.resolve("dev/vfio/vfio");
    }

    public Path vfioGroup(int group) {
        return root.resolve("dev/vfio").resolve(Integer.toString(group));
    }

    /** {@code /dev/vfio/devices}: present when the kernel offers VFIO device cdevs (6.6+, spec §1.6, §2.4). */
    public Path vfioDeviceCdevs() {
        return root.resolve("dev/vfio/devices");
    }

    /** {@code /dev/iommu}, the iommufd (spec §1.6, §2.4). */
    public Path iommufd() {
        return root.resolve("dev/iommu");
    }

    public Path mdevctlDefinitions() {
        return root.resolve("etc/mdevctl.d");
    }

    /** The host path of {@code path} for messages: {@code /sys/...} whatever the root is. */
    public String display(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(root) ? "/" + root.relativize(p).toString().replace('\\', '/') : p.toString();
    }
}
