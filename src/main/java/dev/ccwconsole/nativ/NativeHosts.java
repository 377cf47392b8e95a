package dev.ccwconsole.nativ;

import dev.ccwconsole.device.Host;
import dev.ccwconsole.nativ.sysfs.HostPaths;
import dev.ccwconsole.nativ.sysfs.NativeAvailability;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The entry point of the native backend for the service layer. {@code root} is {@code /} on a real host and a
 * fixture tree in tests; every path the backend touches hangs off it ({@link HostPaths}).
 */
public final class NativeHosts {

    private NativeHosts() {
    }

    /** A host on the container/group path (spec §2.3), the one every vfio-ccw kernel offers. */
    public static Host create(Path root, Clock clock) {
        return create(root, clock, VfioAccess.GROUP);
    }

    public static Host create(Path root, Clock clock, VfioAccess access) {
        return new NativeHost(new HostPaths(root), clock, access);
    }

    /**
     * Whether the native backend can work here, and why not: for {@code ccw.backend=auto}. Opens nothing
     * (opening the container would create one).
     */
    public static NativeAvailability probe(Path root) {
        return NativeAvailability.probe(new HostPaths(root));
    }

    /**
     * For {@code ccw.backend=native}: the host, or an {@link IllegalStateException} whose message names the
     * device file and the missing right (e.g. {@code /dev/vfio/vfio: missing write permission for user ...}).
     */
    public static Host createOrExplain(Path root, Clock clock, VfioAccess access) {
        NativeAvailability availability = probe(root);
        if (!availability.usable()) {
            throw new IllegalStateException("ccw.backend=native cannot start: " + availability.reason());
        }
        return create(root, clock, access);
    }
}
