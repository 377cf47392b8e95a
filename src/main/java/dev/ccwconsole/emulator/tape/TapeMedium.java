package dev.ccwconsole.emulator.tape;

/**
 * A tape volume as a sequence of blocks and tape marks. Writing at a position erases everything after it, as
 * on a real tape.
 */
public interface TapeMedium extends AutoCloseable {

    /** Blocks and tape marks recorded. */
    int size();

    TapeBlock block(int index);

    /** Records {@code block} at {@code position} (0..size) and erases what followed; durable when it returns. */
    void writeAt(int position, TapeBlock block);

    /** Data bytes recorded (what the capacity limit counts). */
    long bytesRecorded();

    @Override
    void close();
}
