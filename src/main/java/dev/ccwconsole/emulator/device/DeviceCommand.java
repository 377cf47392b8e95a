package dev.ccwconsole.emulator.device;

/**
 * One command as the channel presents it to the device.
 *
 * @param code        CCW command code (TIC never reaches a device)
 * @param count       total byte count (sum over data-chained CCWs)
 * @param output      for write and control commands: the {@code count} bytes fetched from memory; an empty array
 *                    for read, read-backward and sense commands
 * @param commandChained true when this command was reached by command chaining from a previous CCW of the same
 *                    channel program (false for the first command)
 * @param previousCode command code of the previous command in this channel program, or -1 for the first
 */
public record DeviceCommand(int code, int count, byte[] output, boolean commandChained, int previousCode) {

    public DeviceCommand {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("command code out of range: " + code);
        }
        if (count < 0 || count > 0xFFFF * 256) {
            throw new IllegalArgumentException("count out of range: " + count);
        }
        output = output == null ? new byte[0] : output;
    }

    public static DeviceCommand first(int code, int count, byte[] output) {
        return new DeviceCommand(code, count, output, false, -1);
    }
}
