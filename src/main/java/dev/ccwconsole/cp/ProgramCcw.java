package dev.ccwconsole.cp;

/**
 * One CCW as the REST API describes it (api.md "Channel program"): command code, flags and count, and what the
 * service must provide for its data. Values are checked by {@link ProgramLayout}, which names the CCW index and
 * field of the first bad one.
 */
public record ProgramCcw(int command, int flags, int count, Payload payload) {

    /** What the CCW's data address refers to. */
    public sealed interface Payload {
    }

    /** Bytes the device consumes (write, control with parameters); {@code count} must equal their length. */
    public record Output(byte[] data) implements Payload {
    }

    /** A buffer of {@code count} bytes the device fills; its content is copied back after the interrupt. */
    public record Read() implements Payload {
    }

    /** A TIC to the CCW with this index of the same program. */
    public record Tic(int target) implements Payload {
    }

    /** No data at all (count must be 0), e.g. a NOP. */
    public record None() implements Payload {
    }

    public static ProgramCcw output(int command, int flags, byte[] data) {
        return new ProgramCcw(command, flags, data.length, new Output(data));
    }

    public static ProgramCcw read(int command, int flags, int count) {
        return new ProgramCcw(command, flags, count, new Read());
    }

    public static ProgramCcw tic(int target) {
        return new ProgramCcw(0x08, 0, 0, new Tic(target));
    }

    public static ProgramCcw noData(int command, int flags) {
        return new ProgramCcw(command, flags, 0, new None());
    }
}
