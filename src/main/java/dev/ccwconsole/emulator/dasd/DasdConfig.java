package dev.ccwconsole.emulator.dasd;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build a 3390: model, storage control, volume serial of a fresh volume, optional image file and the
 * unit address reported in configuration data.
 */
public record DasdConfig(Model3390 model, StorageControl3990 controlUnit, String volser, Optional<Path> image,
        int unitAddress) {

    public static final String DEFAULT_VOLSER = "CCW001";

    public DasdConfig {
        Objects.requireNonNull(model);
        controlUnit = controlUnit == null ? model.defaultControlUnit() : controlUnit;
        volser = VolumeLabel.requireVolser(volser == null ? DEFAULT_VOLSER : volser);
        image = image == null ? Optional.empty() : image;
        if (unitAddress < 0 || unitAddress > 0xFF) {
            throw new IllegalArgumentException("unit address out of range: " + unitAddress);
        }
    }

    /** An in-memory volume of this model with the default controller and volume serial. */
    public static DasdConfig of(Model3390 model) {
        return new DasdConfig(model, null, DEFAULT_VOLSER, Optional.empty(), 0);
    }

    public DasdConfig withVolser(String newVolser) {
        return new DasdConfig(model, controlUnit, newVolser, image, unitAddress);
    }

    public DasdConfig withImage(Path path) {
        return new DasdConfig(model, controlUnit, volser, Optional.of(path), unitAddress);
    }

    public DasdConfig withControlUnit(StorageControl3990 cu) {
        return new DasdConfig(model, cu, volser, image, unitAddress);
    }

    public DasdConfig withUnitAddress(int address) {
        return new DasdConfig(model, controlUnit, volser, image, address);
    }
}
