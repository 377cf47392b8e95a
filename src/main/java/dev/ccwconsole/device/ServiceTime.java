package dev.ccwconsole.device;

/**
 * Emulated device service time: a fixed part per command plus a part per byte transferred. Zero is the
 * default, for fast tests; a few hundred milliseconds make CP_PENDING observable for HSCH/CSCH.
 */
public record ServiceTime(long perCommandMicros, long perByteNanos) {

    public static final ServiceTime ZERO = new ServiceTime(0, 0);

    public ServiceTime {
        if (perCommandMicros < 0 || perByteNanos < 0) {
            throw new IllegalArgumentException("service time must not be negative");
        }
    }

    public long nanosFor(int commands, long bytes) {
        return commands * perCommandMicros * 1_000 + bytes * perByteNanos;
    }
}
