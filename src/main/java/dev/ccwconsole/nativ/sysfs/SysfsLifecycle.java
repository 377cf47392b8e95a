package dev.ccwconsole.nativ.sysfs;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.DeviceNumber;
import dev.ccwconsole.abi.channel.SubchannelId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sysfs writes that change what the host offers: binding subchannels to vfio_ccw and back (spec §1.3),
 * creating and removing mdevs (spec §1.4, §1.5), configuring and varying channel paths (spec §1.7), and
 * setting a ccw device offline before its subchannel is taken (spec §1.2). Values are written without a
 * trailing newline (as mdevctl does); every kernel parser involved accepts that.
 *
 * <p>The kernel is the authority: nothing is pre-checked that it checks itself (an mdev on a subchannel
 * that has none left is refused with EUSERS/EPERM, spec §1.4), so the errno reaches the caller. A refusal
 * is a {@link LifecycleException} listing the writes already made. {@link #removeMdev} blocks while a user
 * still holds the device open (spec §1.5): call it off request threads.
 */
public final class SysfsLifecycle {

    private final HostPaths paths;
    private final SysfsReader reader = new SysfsReader();
    private final SysfsWriter writer;

    public SysfsLifecycle(HostPaths paths) {
        this.paths = paths;
        this.writer = new SysfsWriter(paths);
    }

    /**
     * Hands a subchannel to vfio_ccw: {@code driver_override} = {@code vfio_ccw} (so a later re-probe keeps
     * it there; skipped on kernels before 5.3 that lack the file, or when already set), unbind from the
     * current driver, bind to vfio_ccw. Refused before any write while its ccw device is online.
     */
    public LifecycleReport bindToVfioCcw(SubchannelId schid) {
        Steps steps = new Steps("bind " + schid + " to " + HostPaths.VFIO_CCW_DRIVER);
        Path dir = existingSubchannel(schid, steps.operation);
        String driver = reader.linkTargetName(dir.resolve("driver")).orElse(null);
        refuseIfCcwDeviceOnline(dir, steps.operation);
        Path override = dir.resolve("driver_override");
        boolean overrideSet = reader.readIfPresent(override)
                .map(v -> SysfsParsers.value(v).equals(HostPaths.VFIO_CCW_DRIVER)).orElse(true);
        if (!overrideSet) {
            steps.write(override, HostPaths.VFIO_CCW_DRIVER);
        }
        if (!HostPaths.VFIO_CCW_DRIVER.equals(driver)) {
            if (driver != null) {
                steps.write(dir.resolve("driver/unbind"), schid.toString());
            }
            steps.write(paths.cssDriver(HostPaths.VFIO_CCW_DRIVER).resolve("bind"), schid.toString());
        }
        return steps.report();
    }

    /**
     * Gives a subchannel back to the host: clears {@code driver_override} (a lone newline clears it), unbinds
     * it from its driver and asks the css bus to probe it again, which binds {@code io_subchannel}.
     */
    public LifecycleReport releaseToHost(SubchannelId schid) {
        Steps steps = new Steps("release " + schid + " to the host");
        Path dir = existingSubchannel(schid, steps.operation);
        if (Files.exists(dir.resolve("driver_override"))) {
            steps.write(dir.resolve("driver_override"), "\n");
        }
        if (reader.linkTargetName(dir.resolve("driver")).isPresent()) {
            steps.write(dir.resolve("driver/unbind"), schid.toString());
        }
        steps.write(paths.cssDriversProbe(), schid.toString());
        return steps.report();
    }

    /** Writes the UUID to {@code mdev_supported_types/vfio_ccw-io/create} (36 bytes, spec §1.4). */
    public LifecycleReport createMdev(SubchannelId parent, UUID uuid) {
        Steps steps = new Steps("create mdev " + uuid + " on " + parent);
        steps.write(paths.mdevTypeDir(parent).resolve("create"), uuid.toString());
        return steps.report();
    }

    /** Writes {@code 1} to {@code /sys/bus/mdev/devices/<uuid>/remove} (spec §1.5); blocks while in use. */
    public LifecycleReport removeMdev(UUID uuid) {
        Steps steps = new Steps("remove mdev " + uuid);
        steps.write(paths.mdev(uuid).resolve("remove"), "1");
        return steps.report();
    }

    /** Writes {@code 1} (configure) or {@code 0} (deconfigure, standby) to the path's {@code configure}. */
    public LifecycleReport configureChannelPath(int cssid, int chpid, boolean configured) {
        Steps steps = new Steps((configured ? "configure" : "deconfigure") + " " + chpName(cssid, chpid));
        steps.write(paths.channelPath(cssid, chpid).resolve("configure"), configured ? "1" : "0");
        return steps.report();
    }

    /** Writes {@code on} or {@code off} to the path's {@code status} (logical vary, spec §1.7). */
    public LifecycleReport varyChannelPath(int cssid, int chpid, boolean online) {
        Steps steps = new Steps("vary " + chpName(cssid, chpid) + (online ? " online" : " offline"));
        steps.write(paths.channelPath(cssid, chpid).resolve("status"), online ? "on" : "off");
        return steps.report();
    }

    /** Writes {@code 1} or {@code 0} to a ccw device's {@code online} (spec §1.2). */
    public LifecycleReport setCcwDeviceOnline(DeviceNumber device, boolean online) {
        Steps steps = new Steps("set ccw device " + device + (online ? " online" : " offline"));
        steps.write(paths.ccwDevice(device).resolve("online"), online ? "1" : "0");
        return steps.report();
    }

    private Path existingSubchannel(SubchannelId schid, String operation) {
        Path dir = paths.subchannel(schid);
        if (!Files.isDirectory(dir)) {
            throw new LifecycleException(operation, paths.display(dir), Errno.ENOENT.number(),
                    paths.display(dir) + " does not exist");
        }
        return dir;
    }

    /** The kernel would let the unbind pull a device out from under a host driver (spec §1.2): refuse. */
    private void refuseIfCcwDeviceOnline(Path dir, String operation) {
        for (String name : reader.list(dir)) {
            Path online = dir.resolve(name).resolve("online");
            if (BusIds.isBusId(name) && Files.isRegularFile(online)) {
                String content = reader.read(online);
                if (!SysfsParsers.value(content).equals("0")) {
                    throw new LifecycleException(operation, paths.display(online), Errno.EBUSY.number(),
                            "ccw device " + name + " is online ("
                            + paths.display(online) + " reads " + SysfsFormatException.quote(content)
                            + "); set it offline first");
                }
            }
        }
    }

    private static String chpName(int cssid, int chpid) {
        return String.format("chp%x.%02x", cssid, chpid);
    }

    /** Performs writes in order and remembers the ones that took effect. */
    private final class Steps {
        private final String operation;
        private final List<LifecycleStep> done = new ArrayList<>();

        Steps(String operation) {
            this.operation = operation;
        }

        void write(Path file, String value) {
            LifecycleStep step = new LifecycleStep(paths.display(file), value);
            try {
                writer.write(file, value);
            } catch (SysfsWriteException e) {
                throw new LifecycleException(operation, done, step, e);
            }
            done.add(step);
        }

        LifecycleReport report() {
            return new LifecycleReport(operation, done);
        }
    }
}
