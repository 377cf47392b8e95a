package dev.ccwconsole.emulator.device.factory;

import dev.ccwconsole.emulator.dasd.Dasd3390;
import dev.ccwconsole.emulator.dasd.DasdConfig;
import dev.ccwconsole.emulator.dasd.Model3390;
import dev.ccwconsole.emulator.dasd.StorageControl3990;
import dev.ccwconsole.emulator.device.DeviceModel;
import dev.ccwconsole.emulator.display.Display3278;
import dev.ccwconsole.emulator.tape.Tape3490;
import dev.ccwconsole.emulator.tape.TapeConfig;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Builds device models from {@link DeviceSpec}s. Options: for {@code 3390-<n>}: {@code volser}, {@code image},
 * {@code cu} ({@code 3990-3} / {@code 3990-6}), {@code ua} (unit address, hex); for {@code 3490}: {@code image},
 * {@code capacity} (bytes), {@code protected}; {@code 3270} / {@code 3278-2} take none. Unknown types and
 * options are rejected so that a typo in the topology does not silently produce a different device.
 */
public final class DeviceModelFactory {

    private static final Set<String> DASD_OPTIONS = Set.of("volser", "image", "cu", "ua");
    private static final Set<String> TAPE_OPTIONS = Set.of("image", "capacity", "protected");

    public DeviceModel create(String specLine) {
        return create(DeviceSpec.parse(specLine));
    }

    public DeviceModel create(DeviceSpec spec) {
        String type = spec.type();
        if (type.startsWith("3390-")) {
            return dasd(spec, parseNumber(type.substring(5), spec));
        }
        return switch (type) {
            case "3490" -> tape(spec);
            case "3270", "3278-2" -> display(spec);
            default -> throw new IllegalArgumentException("unknown device type '" + type + "' (3390-<model>, 3490, 3270)");
        };
    }

    private static Dasd3390 dasd(DeviceSpec spec, int modelNumber) {
        allowOnly(spec, DASD_OPTIONS);
        Model3390 model = Model3390.ofNumber(modelNumber);
        StorageControl3990 cu = spec.options().containsKey("cu") ? StorageControl3990.parse(spec.option("cu", ""))
                : model.defaultControlUnit();
        Optional<Path> image = Optional.ofNullable(spec.options().get("image")).map(Path::of);
        int unitAddress = Integer.parseInt(spec.option("ua", "0"), 16);
        return new Dasd3390(new DasdConfig(model, cu, spec.option("volser", DasdConfig.DEFAULT_VOLSER), image,
                unitAddress));
    }

    private static Tape3490 tape(DeviceSpec spec) {
        allowOnly(spec, TAPE_OPTIONS);
        long capacity = Long.parseLong(spec.option("capacity", Long.toString(TapeConfig.DEFAULT_CAPACITY)));
        Optional<Path> image = Optional.ofNullable(spec.options().get("image")).map(Path::of);
        return new Tape3490(new TapeConfig(image, capacity, spec.flag("protected")));
    }

    private static Display3278 display(DeviceSpec spec) {
        allowOnly(spec, Set.of());
        return new Display3278();
    }

    private static void allowOnly(DeviceSpec spec, Set<String> allowed) {
        for (String key : spec.options().keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("option '" + key + "' does not apply to " + spec.type());
            }
        }
    }

    private static int parseNumber(String text, DeviceSpec spec) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad 3390 model in " + spec, e);
        }
    }
}
