package dev.ccwconsole.service;

import dev.ccwconsole.device.Host;
import java.util.Optional;

/**
 * The seam where the native (JNA, sysfs, /dev/vfio) backend plugs in: a CDI bean that can build a {@link Host} for
 * the real kernel ({@link NativeBackendFactory}).
 */
public interface NativeHostFactory {

    /** Why the native backend cannot run here, or empty when {@link #create()} may be called. */
    Optional<String> unavailableReason();

    Host create();
}
