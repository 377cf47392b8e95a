package dev.ccwconsole.emulator.device;

/**
 * Thrown inside a device model when a command ends in unit check: {@link AbstractDeviceModel} turns it into
 * the unit status (CE DE UC unless told otherwise) and makes the sense bytes pending (spec §8.4).
 */
public final class UnitCheckException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient byte[] sense;
    private final int unitStatus;

    public UnitCheckException(byte[] sense) {
        this(sense, UnitStatus.CE_DE_UC);
    }

    public UnitCheckException(byte[] sense, int unitStatus) {
        super(describe(sense), null, false, false);
        this.sense = sense.clone();
        this.unitStatus = unitStatus | UnitStatus.UNIT_CHECK;
    }

    public byte[] sense() {
        return sense.clone();
    }

    public int unitStatus() {
        return unitStatus;
    }

    private static String describe(byte[] sense) {
        StringBuilder sb = new StringBuilder("unit check, sense");
        for (int i = 0; i < Math.min(8, sense.length); i++) {
            sb.append(String.format(" %02X", sense[i] & 0xFF));
        }
        return sb.toString();
    }
}
