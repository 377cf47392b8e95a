package dev.ccwconsole.fsm;

import java.util.Optional;

/**
 * The handlers of the kernel's jump table (spec §4.2, §4.3). Handlers with a fixed outcome carry it here
 * (return code and next state); the others ({@link #IO_REQUEST}, {@link #ASYNC_REQUEST}, {@link #OPEN},
 * {@link #CLOSE}, {@link #IRQ}) decide at run time through {@link Handlers}.
 */
public enum Action {
    NOP(Region.NONE, 0, null),
    NOTOPER(Region.NONE, 0, State.NOT_OPER),
    IO_ERROR(Region.IO, -5, null),
    IO_BUSY(Region.IO, -16, null),
    IO_RETRY(Region.IO, -11, null),
    ASYNC_ERROR(Region.ASYNC, -5, null),
    ASYNC_RETRY(Region.ASYNC, -11, null),
    DISABLED_IRQ(Region.NONE, 0, null),
    IRQ(Region.NONE, 0, null),
    IO_REQUEST(Region.IO, 0, null),
    ASYNC_REQUEST(Region.ASYNC, 0, null),
    OPEN(Region.NONE, 0, null),
    CLOSE(Region.NONE, 0, null);

    /** Which region's {@code ret_code} a fixed-outcome handler sets. */
    public enum Region { NONE, IO, ASYNC }

    private final Region region;
    private final int fixedRetCode;
    private final State fixedNext;

    Action(Region region, int fixedRetCode, State fixedNext) {
        this.region = region;
        this.fixedRetCode = fixedRetCode;
        this.fixedNext = fixedNext;
    }

    public Region region() {
        return region;
    }

    /** The negative errno a fixed-outcome handler stores (-EIO, -EBUSY, -EAGAIN), or 0. */
    public int fixedRetCode() {
        return fixedRetCode;
    }

    /** Whether the handler's outcome is known from the table alone. */
    public boolean isFixed() {
        return switch (this) {
            case IO_REQUEST, ASYNC_REQUEST, OPEN, CLOSE, IRQ -> false;
            default -> true;
        };
    }

    /** The state a fixed handler moves to; empty where the state stays ({@code same} in the spec's tables). */
    public Optional<State> fixedNext() {
        return Optional.ofNullable(fixedNext);
    }

    /** Lower-case kernel handler name ({@code fsm_io_error} → {@code io_error}). */
    public String handlerName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
