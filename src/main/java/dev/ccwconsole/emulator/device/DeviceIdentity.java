package dev.ccwconsole.emulator.device;

import java.util.List;

/**
 * Control-unit and device identification as Sense ID reports it (spec §8.1).
 *
 * @param ciws command-information words, 4 bytes each as 32-bit values (e.g. {@code 0x40FA0100})
 */
public record DeviceIdentity(int cuType, int cuModel, int devType, int devModel, List<Integer> ciws) {

    public DeviceIdentity {
        ciws = List.copyOf(ciws);
    }

    /** The Sense ID bytes: FF, CU type/model, device type/model, reserved, then the CIWs. */
    public byte[] senseIdBytes() {
        byte[] b = new byte[8 + 4 * ciws.size()];
        b[0] = (byte) 0xFF;
        b[1] = (byte) (cuType >> 8);
        b[2] = (byte) cuType;
        b[3] = (byte) cuModel;
        b[4] = (byte) (devType >> 8);
        b[5] = (byte) devType;
        b[6] = (byte) devModel;
        for (int i = 0; i < ciws.size(); i++) {
            int ciw = ciws.get(i);
            for (int k = 0; k < 4; k++) {
                b[8 + 4 * i + k] = (byte) (ciw >>> (24 - 8 * k));
            }
        }
        return ciws.isEmpty() ? java.util.Arrays.copyOf(b, 7) : b;
    }

    /** {@code 3990/e9} as sysfs {@code cutype} prints it. */
    public String cuTypeString() {
        return String.format("%04x/%02x", cuType, cuModel);
    }

    /** {@code 3390/0c}, or {@code n/a} when the device has no separate device type (sysfs {@code devtype}). */
    public String devTypeString() {
        return devType == 0 ? "n/a" : String.format("%04x/%02x", devType, devModel);
    }
}
