package dev.ccwconsole.emulator.device;

import java.util.Objects;

/**
 * What every emulated device shares: Sense ID (0xE4), Sense (0x04), NOP (0x03), command reject for codes the
 * device does not know, injected unit checks, pending sense (contingent allegiance until sensed) and the
 * unsolicited-status sink (spec §5.3, §8.1, §8.4, §9.2 step 5).
 *
 * <p>Subclasses implement {@link #executeDeviceCommand} and answer {@code null} for a code they do not
 * implement; a device-specific unit check is thrown as {@link UnitCheckException}.
 */
public abstract class AbstractDeviceModel implements DeviceModel {

    public static final int CMD_NOP = 0x03;
    public static final int CMD_SENSE = 0x04;
    public static final int CMD_SENSE_ID = 0xE4;

    /** Command-reject message codes (format 0, sense byte 7 low nibble for DASD; spec §8.4). */
    public static final int MSG_INVALID_COMMAND = 1;
    public static final int MSG_INVALID_SEQUENCE = 2;
    public static final int MSG_COUNT_TOO_SMALL = 3;
    public static final int MSG_INVALID_PARAMETER = 4;

    private final DeviceIdentity identity;
    private byte[] pendingSense;
    private byte[] injectedSense;
    private volatile UnsolicitedStatusSink sink = status -> { };

    protected AbstractDeviceModel(DeviceIdentity identity) {
        this.identity = Objects.requireNonNull(identity);
    }

    @Override
    public DeviceIdentity identity() {
        return identity;
    }

    @Override
    public final DeviceResponse execute(DeviceCommand command) {
        // A Sense must still be able to read what an injected or real unit check left pending.
        if (injectedSense != null && command.code() != CMD_SENSE) {
            pendingSense = injectedSense;
            injectedSense = null;
            return DeviceResponse.status(UnitStatus.CE_DE_UC);
        }
        try {
            switch (command.code()) {
                case CMD_SENSE_ID:
                    // Residual (count > length) and "more data" (count < length) let the channel decide
                    // incorrect length; Linux reads with 256 bytes and SLI (spec §8.1).
                    return DeviceResponse.read(identity.senseIdBytes(), command.count());
                case CMD_SENSE:
                    byte[] sense = sense();
                    clearSense();
                    return DeviceResponse.read(sense, command.count());
                case CMD_NOP:
                    return DeviceResponse.status(UnitStatus.CE_DE);
                default:
                    DeviceResponse response = executeDeviceCommand(command);
                    if (response == null) {
                        throw commandReject(MSG_INVALID_COMMAND);
                    }
                    return response;
            }
        } catch (UnitCheckException check) {
            pendingSense = check.sense();
            return DeviceResponse.status(check.unitStatus());
        }
    }

    /** Executes a device-specific command, or returns {@code null} when the device has no such command. */
    protected abstract DeviceResponse executeDeviceCommand(DeviceCommand command);

    /** Number of sense bytes the device keeps (32 for a 3990, 1 for a 3274). */
    protected abstract int senseLength();

    /** Sense bytes describing the device's state when no unit check is pending (all zero by default). */
    protected byte[] statusSense() {
        return new byte[senseLength()];
    }

    /** Sense bytes for a command reject; DASD adds the format-0 message code (spec §8.4). */
    protected byte[] commandRejectSense(int message) {
        byte[] sense = statusSense();
        sense[0] = (byte) 0x80;
        return sense;
    }

    /** A command reject to throw from a command handler. */
    protected final UnitCheckException commandReject(int message) {
        return new UnitCheckException(commandRejectSense(message));
    }

    @Override
    public byte[] sense() {
        return pendingSense != null ? pendingSense.clone() : statusSense();
    }

    /** True while a unit check's sense has not been read. */
    public boolean hasPendingSense() {
        return pendingSense != null;
    }

    @Override
    public void clearSense() {
        pendingSense = null;
    }

    @Override
    public void injectUnitCheck(byte[] senseBytes) {
        byte[] sense = new byte[Math.max(senseLength(), senseBytes.length)];
        System.arraycopy(senseBytes, 0, sense, 0, senseBytes.length);
        injectedSense = sense;
    }

    @Override
    public void reset() {
        injectedSense = null;
        beginChannelProgram();
    }

    @Override
    public void onUnsolicitedStatus(UnsolicitedStatusSink sink) {
        this.sink = sink == null ? status -> { } : sink;
    }

    /** Presents unsolicited status (attention, device end after becoming ready) to the channel subsystem. */
    protected final void presentUnsolicited(int unitStatus) {
        sink.present(unitStatus);
    }

    /** Copies {@code length} bytes of a write command's output, after checking the count (message 3). */
    protected final byte[] requireOutput(DeviceCommand command, int length) {
        if (command.count() < length || command.output().length < length) {
            throw commandReject(MSG_COUNT_TOO_SMALL);
        }
        return java.util.Arrays.copyOf(command.output(), length);
    }
}
