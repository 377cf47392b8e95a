package dev.ccwconsole.abi.region;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;
import java.util.Optional;

/** {@code struct ccw_cmd_region} (8 bytes, big-endian): {@code command} u32 @0, {@code ret_code} s32 @4 (spec §3.3). */
public record CmdRegion(int command, int retCode) {

    public static final int SIZE = 8;
    private static final String STRUCT = "ccw_cmd_region";

    /** What a caller writes to issue {@code command}: ret_code 0. */
    public static CmdRegion request(AsyncCommand command) {
        return new CmdRegion(command.value(), 0);
    }

    public static CmdRegion decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCT, bytes).requireExactly(SIZE);
        return new CmdRegion(r.s32("command", 0), r.s32("ret_code", 4));
    }

    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).u32(0, command).u32(4, retCode).toBytes();
    }

    public Optional<AsyncCommand> asyncCommand() {
        return AsyncCommand.of(command);
    }

    public CmdRegion withRetCode(int newRetCode) {
        return new CmdRegion(command, newRetCode);
    }

    public String describe() {
        String name = asyncCommand().map(Enum::name).orElse("invalid command");
        return "async command " + Integer.toUnsignedString(command) + " (" + name + "), ret_code "
                + Errno.describeRetCode(retCode);
    }
}
