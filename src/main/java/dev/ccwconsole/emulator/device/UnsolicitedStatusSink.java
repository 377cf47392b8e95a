package dev.ccwconsole.emulator.device;

/** Receives unsolicited device status (e.g. attention) for the channel subsystem to present as an interrupt. */
@FunctionalInterface
public interface UnsolicitedStatusSink {
    void present(int unitStatus);
}
