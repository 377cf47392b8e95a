package dev.ccwconsole.emulator.device;

/**
 * Drives a device the way the channel does for one channel program: command chaining flags, previous code,
 * and nothing else (tests of device models only).
 */
public final class ChannelProgram {

    private final DeviceModel device;
    private int previousCode = -1;

    private ChannelProgram(DeviceModel device) {
        this.device = device;
    }

    public static ChannelProgram start(DeviceModel device) {
        device.beginChannelProgram();
        return new ChannelProgram(device);
    }

    /** A write or control command whose count is the length of {@code output}. */
    public DeviceResponse write(int code, byte[] output) {
        return execute(code, output.length, output);
    }

    /** A read or sense command with this count. */
    public DeviceResponse read(int code, int count) {
        return execute(code, count, new byte[0]);
    }

    public DeviceResponse control(int code) {
        return execute(code, 0, new byte[0]);
    }

    public DeviceResponse execute(int code, int count, byte[] output) {
        DeviceResponse response = device.execute(new DeviceCommand(code, count, output, previousCode >= 0,
                previousCode));
        previousCode = code;
        return response;
    }
}
