package dev.ccwconsole.emulator;

import dev.ccwconsole.emulator.Topology.SubchannelSpec;
import dev.ccwconsole.emulator.dasd.Dasd3390;
import dev.ccwconsole.emulator.dasd.DasdConfig;
import dev.ccwconsole.emulator.dasd.Model3390;
import dev.ccwconsole.emulator.dasd.StorageControl3990;
import dev.ccwconsole.emulator.device.DeviceModel;
import dev.ccwconsole.emulator.tape.Tape3490;
import dev.ccwconsole.emulator.tape.TapeConfig;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the device model a topology line names: {@code 3390-1|2|3|9|27|54}, options {@code volser=},
 * {@code image=} (a file-backed volume, relative paths resolved against the storage directory).
 */
final class DeviceModels {

    private DeviceModels() {
    }

    static DeviceModel create(SubchannelSpec spec, Optional<Path> storageDirectory) {
        String device = spec.device();
        if (device.startsWith("3390-")) {
            return dasd(spec, storageDirectory);
        }
        if (device.equals("3490")) {
            return tape(spec, storageDirectory);
        }
        throw new IllegalArgumentException("subchannel " + spec.schid() + ": unknown device '" + device
                + "' (known: 3390-1, 3390-2, 3390-3, 3390-9, 3390-27, 3390-54, 3490)");
    }

    private static DeviceModel dasd(SubchannelSpec spec, Optional<Path> storageDirectory) {
        requireOnly(spec, Set.of("volser", "image"));
        int modelNumber = Integer.parseInt(spec.device().substring(5));
        Model3390 model = java.util.Arrays.stream(Model3390.values()).filter(m -> m.number() == modelNumber)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "subchannel " + spec.schid() + ": no 3390 model " + modelNumber));
        StorageControl3990 cu = modelNumber <= 3 ? StorageControl3990.MODEL_3 : StorageControl3990.MODEL_6;
        DasdConfig config = DasdConfig.of(model).withControlUnit(cu);
        String volser = spec.options().get("volser");
        if (volser != null) {
            config = config.withVolser(volser);
        }
        String image = spec.options().get("image");
        if (image != null) {
            config = config.withImage(resolve(image, storageDirectory));
        }
        return new Dasd3390(config);
    }

    private static DeviceModel tape(SubchannelSpec spec, Optional<Path> storageDirectory) {
        requireOnly(spec, Set.of("image", "capacity", "protected"));
        TapeConfig config = TapeConfig.inMemory();
        String image = spec.options().get("image");
        if (image != null) {
            config = config.withImage(resolve(image, storageDirectory));
        }
        String capacity = spec.options().get("capacity");
        if (capacity != null) {
            config = config.withCapacity(Long.parseLong(capacity));
        }
        if (Boolean.parseBoolean(spec.options().getOrDefault("protected", "false"))) {
            config = config.withFileProtected(true);
        }
        return new Tape3490(config);
    }

    private static Path resolve(String file, Optional<Path> storageDirectory) {
        Path p = Path.of(file);
        return p.isAbsolute() ? p : storageDirectory.orElse(Path.of(".")).resolve(p);
    }

    private static void requireOnly(SubchannelSpec spec, Set<String> allowed) {
        for (String key : spec.options().keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("subchannel " + spec.schid() + ": option '" + key
                        + "' does not apply to " + spec.device() + " (allowed: " + allowed + ")");
            }
        }
    }
}
