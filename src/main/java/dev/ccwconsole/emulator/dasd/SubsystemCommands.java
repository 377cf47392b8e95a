package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceResponse;
import java.util.Arrays;

/**
 * Commands about the device rather than its records (spec §5.3, §8.3): Read Device Characteristics (0x64),
 * Read Configuration Data (0xFA), Reserve (0xB4), Release (0x94), Unconditional Reserve (0x14), Sense Path Group
 * ID (0x34) and Set Path Group ID (0xAF).
 */
final class SubsystemCommands {

    static final int READ_DEVICE_CHARACTERISTICS = 0x64;
    static final int READ_CONFIGURATION_DATA = 0xFA;
    static final int RESERVE = 0xB4;
    static final int RELEASE = 0x94;
    static final int UNCONDITIONAL_RESERVE = 0x14;
    static final int SENSE_PATH_GROUP_ID = 0x34;
    static final int SET_PATH_GROUP_ID = 0xAF;

    static final int PATH_GROUP_ID_LENGTH = 12;
    /** Sense PGID byte 0, bits 0–1: path state (reset, ungrouped, grouped). */
    static final int STATE_RESET = 0x00;
    static final int STATE_UNGROUPED = 0x80;
    static final int STATE_GROUPED = 0xC0;
    /** Set PGID byte 0 function bits: 0x40 resign from the group, 0x20 disband it, neither: establish. */
    private static final int FUNCTION_RESIGN = 0x40;
    private static final int FUNCTION_DISBAND = 0x20;

    private final byte[] characteristics;
    private final byte[] configuration;
    private boolean reserved;
    private int pathState = STATE_RESET;
    private byte[] pathGroupId = new byte[PATH_GROUP_ID_LENGTH - 1];

    SubsystemCommands(byte[] characteristics, byte[] configuration) {
        this.characteristics = characteristics.clone();
        this.configuration = configuration.clone();
    }

    DeviceResponse readDeviceCharacteristics(DeviceCommand command) {
        return DeviceResponse.read(characteristics.clone(), command.count());
    }

    DeviceResponse readConfigurationData(DeviceCommand command) {
        return DeviceResponse.read(configuration.clone(), command.count());
    }

    /** Reserve, release and unconditional reserve answer with the 32 sense bytes of the device. */
    DeviceResponse reserveOrRelease(DeviceCommand command, byte[] sense) {
        reserved = command.code() != RELEASE;
        return DeviceResponse.read(sense, command.count());
    }

    boolean reserved() {
        return reserved;
    }

    DeviceResponse sensePathGroupId(DeviceCommand command) {
        byte[] out = new byte[PATH_GROUP_ID_LENGTH];
        out[0] = (byte) pathState;
        System.arraycopy(pathGroupId, 0, out, 1, pathGroupId.length);
        return DeviceResponse.read(out, command.count());
    }

    DeviceResponse setPathGroupId(DeviceCommand command, DasdContext context) {
        byte[] p = context.parameters(command, PATH_GROUP_ID_LENGTH);
        int function = p[0] & 0x60;
        if (function == FUNCTION_DISBAND) {
            pathState = STATE_RESET;
            pathGroupId = new byte[PATH_GROUP_ID_LENGTH - 1];
        } else if (function == FUNCTION_RESIGN) {
            pathState = STATE_UNGROUPED;
        } else if (function == 0) {
            pathState = STATE_GROUPED;
            pathGroupId = Arrays.copyOfRange(p, 1, PATH_GROUP_ID_LENGTH);
        } else {
            throw context.reject(4);
        }
        return DeviceResponse.wrote(PATH_GROUP_ID_LENGTH);
    }
}
