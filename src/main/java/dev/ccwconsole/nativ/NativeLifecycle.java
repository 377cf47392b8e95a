package dev.ccwconsole.nativ;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.MalformedStructureException;
import dev.ccwconsole.abi.channel.SubchannelId;
import dev.ccwconsole.device.DeviceException;
import dev.ccwconsole.nativ.sysfs.HostPaths;
import dev.ccwconsole.nativ.sysfs.LifecycleException;
import dev.ccwconsole.nativ.sysfs.LifecycleReport;
import dev.ccwconsole.nativ.sysfs.LifecycleStep;
import dev.ccwconsole.nativ.sysfs.SysfsLifecycle;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link SysfsLifecycle} in the SPI's terms: bus ids as strings, and every refusal a {@link DeviceException}
 * with operation {@code write}, the sysfs file, the errno and the writes already done in the detail (so a
 * half-done bind is reported as such). Stateless; blocking like the writes it makes.
 */
final class NativeLifecycle {

    private final HostPaths paths;
    private final SysfsLifecycle lifecycle;

    NativeLifecycle(HostPaths paths) {
        this.paths = paths;
        this.lifecycle = new SysfsLifecycle(paths);
    }

    void createMdev(String parent, UUID uuid) {
        SubchannelId schid = requireSchid(parent, "create mdev " + uuid + " on");
        run(() -> lifecycle.createMdev(schid, uuid));
    }

    void removeMdev(UUID uuid) {
        run(() -> lifecycle.removeMdev(uuid));
    }

    /** {@code vfio_ccw}: override + unbind + bind; {@code io_subchannel}: clear override, unbind, re-probe. */
    void bindDriver(String schid, String driver) {
        SubchannelId id = requireSchid(schid, "bind " + driver + " to");
        if (HostPaths.VFIO_CCW_DRIVER.equals(driver)) {
            run(() -> lifecycle.bindToVfioCcw(id));
        } else if (HostPaths.IO_SUBCHANNEL_DRIVER.equals(driver)) {
            run(() -> lifecycle.releaseToHost(id));
        } else {
            throw new DeviceException("write", paths.display(paths.subchannel(id).resolve("driver_override")),
                    Errno.EINVAL.number(), "unknown css driver '" + driver + "'; expected "
                            + HostPaths.VFIO_CCW_DRIVER + " or " + HostPaths.IO_SUBCHANNEL_DRIVER);
        }
    }

    void configureChannelPath(int chpid, boolean configured) {
        run(() -> lifecycle.configureChannelPath(0, chpid, configured));
    }

    void varyChannelPath(int chpid, boolean online) {
        run(() -> lifecycle.varyChannelPath(0, chpid, online));
    }

    /** Empty for text that is not a subchannel bus id (so a lookup simply finds nothing). */
    Optional<SubchannelId> parseSchid(String text) {
        try {
            return Optional.of(SubchannelId.parse(text));
        } catch (MalformedStructureException e) {
            return Optional.empty();
        }
    }

    private SubchannelId requireSchid(String text, String operation) {
        return parseSchid(text).orElseThrow(() -> new DeviceException(operation, String.valueOf(text),
                Errno.EINVAL.number(), "not a subchannel bus id like 0.0.0313"));
    }

    private static void run(Supplier<LifecycleReport> operation) {
        try {
            operation.get();
        } catch (LifecycleException e) {
            StringBuilder detail = new StringBuilder(e.operation());
            if (e.failedStep() != null) {
                detail.append(": writing ").append(quote(e.failedStep().value()));
            }
            detail.append(e.done().isEmpty() ? "; nothing was written before" : "; already done:");
            for (LifecycleStep step : e.done()) {
                detail.append(' ').append(quote(step.value())).append(" to ").append(step.file()).append(';');
            }
            throw new DeviceException("write", e.file(), e.errno(), detail.toString());
        }
    }

    private static String quote(String value) {
        return "'" + value.replace("\n", "\\n") + "'";
    }
}
