package dev.ccwconsole.abi.channel;

import dev.ccwconsole.abi.StructReader;
import dev.ccwconsole.abi.StructWriter;

/**
 * A device's ccw bus id: channel-subsystem id, subchannel-set id and the 16-bit device number, as in
 * {@code 0.0.5000} (spec §1.2). The wire form is the bare 2-byte device number of the PMCW (spec §5.6).
 */
public record DeviceNumber(int cssid, int ssid, int devno) {

    public static final int SIZE = 2;

    private static final String STRUCTURE = "DeviceNumber";

    public DeviceNumber {
        Fields.unsigned("cssid", cssid, 8);
        Fields.unsigned("ssid", ssid, 2);
        Fields.unsigned("devno", devno, 16);
    }

    /** Device number in subchannel set 0 of channel subsystem 0. */
    public static DeviceNumber of(int devno) {
        return new DeviceNumber(0, 0, devno);
    }

    /** Decodes the 2-byte device number (cssid and ssid are not part of the wire form and become 0). */
    public static DeviceNumber decode(byte[] bytes) {
        StructReader r = StructReader.bigEndian(STRUCTURE, bytes).requireExactly(SIZE);
        return of(r.u16("devno", 0));
    }

    public byte[] encode() {
        return StructWriter.bigEndian(SIZE).u16(0, devno).toBytes();
    }

    /** Parses {@code 0.0.5000}: hex cssid and ssid, exactly four hex digits of device number. */
    public static DeviceNumber parse(String busId) {
        int[] parts = BusIdText.parse(STRUCTURE, busId);
        return new DeviceNumber(parts[0], parts[1], parts[2]);
    }

    public String busId() {
        return BusIdText.format(cssid, ssid, devno);
    }

    public String describe() {
        return "device " + busId();
    }

    @Override
    public String toString() {
        return busId();
    }
}
