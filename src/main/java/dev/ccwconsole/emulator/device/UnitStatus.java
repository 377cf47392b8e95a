package dev.ccwconsole.emulator.device;

/** Device-status bits of SCSW word 2 (spec §5.4). */
public final class UnitStatus {
    public static final int ATTENTION = 0x80;
    public static final int STATUS_MODIFIER = 0x40;
    public static final int CONTROL_UNIT_END = 0x20;
    public static final int BUSY = 0x10;
    public static final int CHANNEL_END = 0x08;
    public static final int DEVICE_END = 0x04;
    public static final int UNIT_CHECK = 0x02;
    public static final int UNIT_EXCEPTION = 0x01;
    public static final int CE_DE = CHANNEL_END | DEVICE_END;
    public static final int CE_DE_UC = CE_DE | UNIT_CHECK;

    private UnitStatus() {
    }
}
