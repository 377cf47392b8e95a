package dev.ccwconsole.emulator.device;

/**
 * The device's answer to one command.
 *
 * @param unitStatus device status byte (spec §5.4; normally {@link UnitStatus#CE_DE})
 * @param input      bytes produced for a read/sense command (at most the command's count; empty otherwise)
 * @param consumed   bytes of the command's output the device accepted (write/control); 0 for reads
 * @param moreData   the device had more data than the count allowed (read), or wanted more (write): with
 *                   neither SLI nor CD this is an incorrect length (spec §9.2 step 5)
 */
public record DeviceResponse(int unitStatus, byte[] input, int consumed, boolean moreData) {

    public DeviceResponse {
        input = input == null ? new byte[0] : input;
    }

    public static DeviceResponse read(byte[] data, int count) {
        if (data.length > count) {
            byte[] cut = java.util.Arrays.copyOf(data, count);
            return new DeviceResponse(UnitStatus.CE_DE, cut, 0, true);
        }
        return new DeviceResponse(UnitStatus.CE_DE, data, 0, false);
    }

    public static DeviceResponse wrote(int consumed) {
        return new DeviceResponse(UnitStatus.CE_DE, new byte[0], consumed, false);
    }

    public static DeviceResponse status(int unitStatus) {
        return new DeviceResponse(unitStatus, new byte[0], 0, false);
    }

    /** Residual count the channel reports for this command. */
    public int residual(int count) {
        int transferred = input.length > 0 ? input.length : consumed;
        return Math.max(0, count - transferred);
    }
}
