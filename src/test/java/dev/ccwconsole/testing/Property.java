package dev.ccwconsole.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small seeded property runner: generates {@code tries} inputs and checks each. A failure reports the seed
 * and the case number so it can be replayed with {@code -Dproperty.seed=…}. The default seed changes per run,
 * so repeated CI runs explore new inputs; the seed is printed on failure.
 */
public final class Property {

    public static final int DEFAULT_TRIES = 1_000;

    private Property() {
    }

    public static <T> void forAll(Function<SplittableRandom, T> generator, Consumer<T> check) {
        forAll(DEFAULT_TRIES, generator, check);
    }

    public static <T> void forAll(int tries, Function<SplittableRandom, T> generator, Consumer<T> check) {
        long seed = Long.getLong("property.seed", System.nanoTime());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            T value = generator.apply(random);
            try {
                check.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed for case " + i + " (replay with -Dproperty.seed=" + seed
                        + "): " + value + "\n" + e, e);
            }
        }
    }

    /** Random bytes of the given length. */
    public static byte[] bytes(SplittableRandom random, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    public static int bits(SplittableRandom random, int width) {
        return width == 32 ? random.nextInt() : random.nextInt(1 << width);
    }
}
