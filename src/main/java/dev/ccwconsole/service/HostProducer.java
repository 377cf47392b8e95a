package dev.ccwconsole.service;

import dev.ccwconsole.device.Host;
import dev.ccwconsole.emulator.EmulatedHosts;
import dev.ccwconsole.emulator.EmulatorOptions;
import dev.ccwconsole.fsm.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Backend selection ({@code ccw.backend}): builds the one {@link Host} of the application and logs which backend
 * runs and why. {@code auto} takes the native backend when it is available and the host has a css bus with
 * vfio (spec §1.6), otherwise the bundled emulator.
 */
@ApplicationScoped
public class HostProducer {

    private static final Logger LOG = Logger.getLogger(HostProducer.class);
    private static final Path CSS_BUS = Path.of("/sys/bus/css");
    private static final Path VFIO = Path.of("/dev/vfio/vfio");

    @Produces
    @Singleton
    Host host(CcwConfig config, NativeHostFactory nativeFactory) {
        String wanted = config.backend().toLowerCase(Locale.ROOT);
        Host host;
        switch (wanted) {
            case "emulator" -> host = emulator(config, "ccw.backend=emulator");
            case "native" -> {
                Optional<String> why = nativeFactory.unavailableReason();
                if (why.isPresent()) {
                    throw new IllegalStateException("ccw.backend=native, but " + why.get()
                            + "; start with ccw.backend=emulator (or auto)");
                }
                host = nativeFactory.create();
            }
            case "auto" -> {
                Optional<String> why = nativeFactory.unavailableReason();
                boolean vfioCcwHost = Files.isDirectory(CSS_BUS) && Files.exists(VFIO);
                if (why.isEmpty() && vfioCcwHost) {
                    host = nativeFactory.create();
                } else {
                    host = emulator(config, "ccw.backend=auto and " + why.orElse(
                            "this host has no " + CSS_BUS + " with " + VFIO + " (not an s390x host with vfio)"));
                }
            }
            default -> throw new IllegalStateException("ccw.backend must be emulator, native or auto, was '"
                    + config.backend() + "'");
        }
        LOG.infof("backend %s: %s", host.backend().name(), host.backend().reason());
        return host;
    }

    void close(@Disposes Host host) {
        host.close();
    }

    private static Host emulator(CcwConfig config, String why) {
        CcwConfig.Emulator e = config.emulator();
        EmulatorOptions options = EmulatorOptions.defaults().withProfile(Profile.fromLabel(e.profile()))
                .withAsyncRegion(e.asyncRegion());
        LOG.infof("starting the bundled emulator because %s (topology %s)", why, e.topology());
        return EmulatedHosts.create(topology(e.topology()), options, e.storageDir().map(Path::of), Clock.systemUTC());
    }

    static String topology(String spec) {
        if (spec.equals("demo")) {
            return EmulatedHosts.demoTopology();
        }
        if (spec.startsWith("file:")) {
            return EmulatedHosts.readTopology(Path.of(spec.substring(5)));
        }
        if (spec.startsWith("classpath:")) {
            String name = spec.substring(10);
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("ccw.emulator.topology: no classpath resource " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        throw new IllegalStateException("ccw.emulator.topology must be demo, file:<path> or classpath:<name>, was '"
                + spec + "'");
    }
}
