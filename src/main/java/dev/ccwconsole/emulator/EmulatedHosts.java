package dev.ccwconsole.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import dev.ccwconsole.emulator.device.factory.DeviceModelFactory;
import dev.ccwconsole.emulator.device.factory.DeviceSpec;

/** Builds an {@link EmulatedHost} from a topology (the bundled demo or a file) and options. */
public final class EmulatedHosts {

    private EmulatedHosts() {
    }

    /** The bundled demo host: 4 CHPIDs, 4 × 3390, 2 × 3490, 2 × 3270 with mdevs, one 3390 on io_subchannel. */
    public static String demoTopology() {
        try (InputStream in = EmulatedHosts.class.getResourceAsStream("demo-topology.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String readTopology(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read emulator topology " + file, e);
        }
    }

    /**
     * @param topologyText    topology in the {@link TopologyParser} format
     * @param storageDirectory where relative {@code image=} files live
     */
    public static EmulatedHost create(String topologyText, EmulatorOptions options, Optional<Path> storageDirectory,
            Clock clock) {
        Topology topology = TopologyParser.parse(topologyText);
        DeviceModelFactory factory = new DeviceModelFactory();
        return new EmulatedHost(topology, options, spec -> {
            try {
                return factory.create(new DeviceSpec(spec.device(), resolveImage(spec.options(), storageDirectory)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("subchannel " + spec.schid() + ": " + e.getMessage(), e);
            }
        }, clock);
    }

    /** A relative {@code image=} file lives in the storage directory. */
    private static Map<String, String> resolveImage(Map<String, String> options, Optional<Path> storageDirectory) {
        String image = options.get("image");
        if (image == null || Path.of(image).isAbsolute()) {
            return options;
        }
        Map<String, String> resolved = new HashMap<>(options);
        resolved.put("image", storageDirectory.orElse(Path.of(".")).resolve(image).toString());
        return resolved;
    }
}
