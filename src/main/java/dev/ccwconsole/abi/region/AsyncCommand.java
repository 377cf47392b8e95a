package dev.ccwconsole.abi.region;

import java.util.Optional;

/** {@code VFIO_CCW_ASYNC_CMD_*}: the commands of the async command region (spec §3.3). */
public enum AsyncCommand {
    HSCH(1, "HALT SUBCHANNEL"),
    CSCH(2, "CLEAR SUBCHANNEL");

    private final int value;
    private final String instruction;

    AsyncCommand(int value, String instruction) {
        this.value = value;
        this.instruction = instruction;
    }

    public int value() {
        return value;
    }

    public String instruction() {
        return instruction;
    }

    /** The command for a {@code command} word; any other value (including 3 = both bits) is EINVAL (E-27). */
    public static Optional<AsyncCommand> of(int value) {
        for (AsyncCommand command : values()) {
            if (command.value == value) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
