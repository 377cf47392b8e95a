package dev.ccwconsole.service;

import dev.ccwconsole.device.Host;
import dev.ccwconsole.nativ.NativeHosts;
import dev.ccwconsole.nativ.VfioAccess;
import dev.ccwconsole.nativ.sysfs.NativeAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The native backend behind {@link NativeHostFactory}: usable when the VFIO container is present and readable
 * and writable for this user and vfio_ccw mdevs exist; every OS path hangs off {@code ccw.native.root} (default
 * {@code /}), so a fixture tree can stand in for a host. {@code ccw.native.vfio-access} picks the way to the device:
 * {@code group} (container + group, every kernel; the default) or {@code cdev} (device cdev + iommufd where the
 * kernel offers it, 6.6+; the group path for an mdev without a cdev).
 */
@ApplicationScoped
public class NativeBackendFactory implements NativeHostFactory {

    private final Path root;
    private final VfioAccess access;

    @Inject
    public NativeBackendFactory(CcwConfig config) {
        this(config.nativ().root(), config.nativ().vfioAccess());
    }

    public NativeBackendFactory(String root, String access) {
        this.root = Path.of(root);
        this.access = VfioAccess.fromSetting(access);
    }

    @Override
    public Optional<String> unavailableReason() {
        NativeAvailability availability = NativeHosts.probe(root);
        return availability.usable() ? Optional.empty() : Optional.of(availability.reason());
    }

    @Override
    public Host create() {
        return NativeHosts.createOrExplain(root, Clock.systemUTC(), access);
    }
}
