package dev.ccwconsole.emulator.tape;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to build a 3490: optional image file, the capacity after which writes end with unit exception (end of
 * tape), and whether the cartridge is file protected (write-protect tab set).
 */
public record TapeConfig(Optional<Path> image, long capacityBytes, boolean fileProtected) {

    /** 800 MB, the uncompressed capacity of an enhanced-capacity 3490E cartridge. */
    public static final long DEFAULT_CAPACITY = 800_000_000L;

    public TapeConfig {
        image = image == null ? Optional.empty() : image;
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException("tape capacity must be positive: " + capacityBytes);
        }
    }

    public static TapeConfig inMemory() {
        return new TapeConfig(Optional.empty(), DEFAULT_CAPACITY, false);
    }

    public TapeConfig withImage(Path path) {
        return new TapeConfig(Optional.of(path), capacityBytes, fileProtected);
    }

    public TapeConfig withCapacity(long bytes) {
        return new TapeConfig(image, bytes, fileProtected);
    }

    public TapeConfig withFileProtected(boolean protectedCartridge) {
        return new TapeConfig(image, capacityBytes, protectedCartridge);
    }
}
