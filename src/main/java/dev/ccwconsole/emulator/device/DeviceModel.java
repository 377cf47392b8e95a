package dev.ccwconsole.emulator.device;

/**
 * An emulated I/O device behind a control unit, as the emulated channel subsystem drives it.
 *
 * <p>The channel does everything that is the channel's job (fetching CCWs, IDALs, data chaining, incorrect
 * length, skip, PCI, chaining decisions, the IRB) and hands the device one {@link DeviceCommand} per command:
 * data-chained CCWs arrive as one command whose data is the concatenation of their areas. The device answers
 * with unit status and data (spec §9.2 step 5).
 *
 * <p>Threads: the channel subsystem calls a device from one thread at a time (the subchannel's executor), so
 * implementations need no locking for chain-scoped state. {@link #raiseAttention} sinks may be called from any
 * thread.
 */
public interface DeviceModel extends AutoCloseable {

    /** What Sense ID (0xE4) reports, and what the host side (sysfs, inventory) shows. */
    DeviceIdentity identity();

    /** A new channel program starts on this device: forget chain-scoped state (Define Extent, Locate Record). */
    void beginChannelProgram();

    /** Executes one command (spec §5.3 command codes; device-specific sets in spec §8). */
    DeviceResponse execute(DeviceCommand command);

    /**
     * Sense bytes describing the last unit check (or the device's current state when none is pending). The
     * channel reads them for concurrent sense; a Sense (0x04) command returns them through {@link #execute}.
     */
    byte[] sense();

    /** Drops pending sense (after concurrent sense delivered it in the ECW, or after a Sense command). */
    void clearSense();

    /** Makes the next command answer unit check with these sense bytes (fault injection). */
    void injectUnitCheck(byte[] senseBytes);

    /** Selective reset from a halt or clear: abandon the operation in progress, keep the medium. */
    void reset();

    /** Where unsolicited status (attention, e.g. a 3270 operator keystroke) is delivered. */
    void onUnsolicitedStatus(UnsolicitedStatusSink sink);

    /** Flushes and releases backing files; further commands are not expected. */
    @Override
    void close();
}
